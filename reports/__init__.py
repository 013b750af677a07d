"""PDF reports and the SVG charts shared by pages and PDFs. Plain data in; no Flask import."""
