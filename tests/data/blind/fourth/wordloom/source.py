# Hand-written evaluation set: NPS comments from customers of "Wordloom",
# an invented SaaS for translation and localisation agencies.
# Each entry: (account, text, label, requests) with requests = [(item, evidence), ...].
# Every comment below was typed by hand, one at a time.

# Canonical roadmap item names (main items)
TMQ = "TM-aware quoting (fuzzy-match pricing)"
CAL = "Linguist availability calendar"
QA = "Built-in QA checker"
MTPE = "MT post-editing workflow"
CMS = "CMS and code repository connectors"
SSO = "SAML single sign-on"
API = "Public API and webhooks"
# Long-tail items
CUR = "Multi-currency invoicing and payments"
INT = "Interpreting bookings"
MOB = "Mobile app"
EUR = "EU data residency"
SIG = "E-signature for freelancer NDAs and contracts"

ACCOUNTS = [
    # (name, arr, status)
    ("Meridian Language Group", 560000, "active"),
    ("Halberd Localization", 410000, "active"),
    ("Corvina Translations Ltd", 275000, "active"),
    ("NorthBridge Linguistics", 190000, "active"),
    ("Atelier Traduction Lyon", 96000, "active"),
    ("Sapienta Language Services", 82000, "active"),
    ("Bluequill Translations", 64000, "active"),
    ("Ostrava Lingua s.r.o.", 48000, "active"),
    ("Kestrel Localisation", 41000, "active"),
    ("Tradux Madrid", 36000, "active"),
    ("Wortwerk Übersetzungen GmbH", 31000, "active"),
    ("Pinecrest Language Partners", 27000, "active"),
    ("Hesper Game Localization", 22000, "active"),
    ("Lumen Words", 18000, "active"),
    ("Fennel & Finch Translations", 15500, "active"),
    ("Harbourside Translation Co", 14000, "active"),
    ("Ridgeway Translation", 13200, "active"),
    ("Stratus Linguistic", 12500, "active"),
    ("Gemini Legal Translation", 11800, "active"),
    ("Tamarind Language Studio", 10200, "active"),
    ("Parallax Subtitling", 9600, "active"),
    ("Redwing Translations", 9000, "active"),
    ("Quillmark Agency", 8400, "active"),
    ("Saltmarsh Language Services", 8000, "active"),
    ("Oakline Medical Translation", 7600, "active"),
    ("Brightside Localization", 7200, "active"),
    ("Vireo Translations", 6900, "active"),
    ("Amberley Patent Translations", 6500, "active"),
    ("Little Babel Studio", 6200, "active"),
    ("Cobalt Lingo", 6000, "active"),
    ("Tallis Translation Services", 24000, "churned"),
    ("Marlowe & Pike Language", 52000, "churned"),
    ("Sunburst Languages", 9400, "churned"),
    ("Vantage Global Language Solutions", 320000, "lost"),
    ("Inkwell Localisation", 17000, "lost"),
    ("Portolan Translations", 28000, "lost"),
]

COMMENTS = []
C = COMMENTS.append

# ---- batch 1 ----
C(("Meridian Language Group",
   "We run 40+ PMs on Wordloom and it has become the backbone of how we work. The one thing our IT security team keeps raising is login: they want everyone going through Okta with SAML, not individual passwords. It's on our audit findings list for this year.",
   "positive",
   [(SSO, "they want everyone going through Okta with SAML, not individual passwords")]))
C(("Lumen Words",
   "availability calendar for freelancers pls. i spend half my morning emailing translators asking who's free this week",
   "neutral",
   [(CAL, "availability calendar for freelancers pls")]))
C(("Corvina Translations Ltd",
   "Quotes are the weak spot. We get a Trados analysis with 100%, 95-99%, 85-94% bands and then have to re-key a weighted word count into Wordloom by hand, because it only prices raw words. Everything else is solid.",
   "neutral",
   [(TMQ, "have to re-key a weighted word count into Wordloom by hand, because it only prices raw words")]))
C(("Fennel & Finch Translations",
   "Honestly it does what we need. Nothing to add.",
   "neutral",
   []))
C(("Halberd Localization",
   "Does the job. SSO is a must for our next renewal - our clients' infosec questionnaires ask about it every single time and we have to answer 'no'. That answer is starting to cost us work.",
   "neutral",
   [(SSO, "SSO is a must for our next renewal")]))
C(("Tradux Madrid",
   "Nos encanta el portal de clientes, pero necesitamos poder lanzar trabajos de posedición de traducción automática. Ahora mismo pasamos todo por DeepL fuera de la plataforma y luego lo volvemos a subir.",
   "positive",
   [(MTPE, "necesitamos poder lanzar trabajos de posedición de traducción automática")]))
C(("Gemini Legal Translation",
   "Our reviewers still catch double spaces, wrong numbers and untranslated segments manually in Xbench after the translator delivers. It would be so much better if the QA step in Wordloom actually checked something instead of just being a tick box.",
   "neutral",
   [(QA, "if the QA step in Wordloom actually checked something instead of just being a tick box")]))
C(("Hesper Game Localization",
   "We localise mobile games and the strings live in GitHub. Right now a dev exports a JSON, emails it to us, we upload it to Wordloom, then we email it back. A repo integration that picks up changed strings on every push would save everyone a lot of pain.",
   "neutral",
   [(CMS, "A repo integration that picks up changed strings on every push")]))
C(("Stratus Linguistic",
   "Support was quick when our invoice numbering broke after the update, thanks Priya. 9/10.",
   "positive",
   []))
C(("Vantage Global Language Solutions",
   "We chose Linguaflow. Wordloom was cheaper and the PMs liked it in the demo, but no SAML SSO and no API meant it was never going to get through our procurement. Shame, honestly.",
   "negative",
   [(SSO, "no SAML SSO"), (API, "no API meant it was never going to get through our procurement")]))
C(("Quillmark Agency",
   "Is there a way to see which freelancers are on holiday before I assign? I keep getting out-of-office replies after the job has already gone out.",
   "neutral",
   [(CAL, "Is there a way to see which freelancers are on holiday before I assign?")]))
C(("NorthBridge Linguistics",
   "Solid platform, our vendor managers rely on it daily. We'd like an API so our BI team can pull job and margin data into Power BI instead of the weekly CSV export. The export works, but someone has to remember to run it.",
   "positive",
   [(API, "We'd like an API so our BI team can pull job and margin data into Power BI")]))
C(("Saltmarsh Language Services",
   "The Xero sync works fine and saves our bookkeeper hours every month. Very happy.",
   "positive",
   []))
C(("Sapienta Language Services",
   "MT+PE is half our volume now. We need Wordloom to understand that a job can be machine translate, then post-edit, then light review, with a different rate for each step. At the moment our PMs fake it with two separate jobs and a note.",
   "neutral",
   [(MTPE, "We need Wordloom to understand that a job can be machine translate, then post-edit, then light review, with a different rate for each step")]))
C(("Parallax Subtitling",
   "price went up 20% at renewal and nothing new for us. subtitling agencies are clearly not who you build for",
   "negative",
   []))
C(("Bluequill Translations",
   "Love the client portal, our clients actually use it. Fuzzy-match discounts in quotes.",
   "positive",
   [(TMQ, "Fuzzy-match discounts in quotes")]))
C(("Kestrel Localisation",
   "Waiting on an API for two years now. Every QBR we're told it's coming. We've started looking at what else is out there.",
   "negative",
   [(API, "Waiting on an API for two years now")]))
C(("Redwing Translations",
   "Freelancer calendar!!! I beg you",
   "neutral",
   [(CAL, "Freelancer calendar!!!")]))
C(("Ostrava Lingua s.r.o.",
   "Wordloom is good value for a team our size. Our clients keep sending WordPress exports as XML and we copy-paste into the portal. A WordPress plugin that sends pages for translation straight from the site would win us more web clients.",
   "positive",
   [(CMS, "A WordPress plugin that sends pages for translation straight from the site")]))
C(("Amberley Patent Translations",
   "Deadlines view is clear and the reminders mean nothing slips. We're a small team and it's exactly enough.",
   "positive",
   []))

# ---- batch 2 ----
C(("Meridian Language Group",
   "From the vendor management side: we pay freelancers on weighted words from the CAT analysis, but Wordloom generates the PO on raw words, so every single PO gets edited by hand. Please make POs and quotes read the memoQ/Trados analysis file. With 300 POs a week this is a real cost.",
   "neutral",
   [(TMQ, "Please make POs and quotes read the memoQ/Trados analysis file")]))
C(("Tamarind Language Studio",
   "It's fine. My business partner thinks we should look at Linguaflow because it has a built-in QA checker, but I'm not convinced we need one.",
   "neutral",
   []))
C(("Little Babel Studio",
   "we're 3 people. would love to see at a glance who of our 20 regular translators is free next week, that's literally all I want",
   "neutral",
   [(CAL, "would love to see at a glance who of our 20 regular translators is free next week")]))
C(("Halberd Localization",
   "Our enterprise clients (two banks, two pharma) now insist that vendor staff log in through an identity provider they approve. Azure AD / Entra ID integration would unblock two RFPs we have open right now. Otherwise very happy with the workflow engine.",
   "positive",
   [(SSO, "Azure AD / Entra ID integration would unblock two RFPs we have open right now")]))
C(("Cobalt Lingo",
   "How do I change the default rush surcharge? Can't find it anywhere in settings.",
   "neutral",
   []))
C(("Pinecrest Language Partners",
   "Great product. Would be great if MT could be plugged in as a step (DeepL or Google) and the linguist only post-edits.",
   "positive",
   [(MTPE, "Would be great if MT could be plugged in as a step (DeepL or Google) and the linguist only post-edits")]))
C(("Oakline Medical Translation",
   "For medical device IFUs we need a proper QA pass before delivery: terminology against the client glossary, numbers and units, missing segments. We pay for a separate desktop tool to do it today. It's the one gap in an otherwise good setup.",
   "positive",
   [(QA, "we need a proper QA pass before delivery: terminology against the client glossary, numbers and units, missing segments")]))
C(("Marlowe & Pike Language",
   "We moved to Babeldesk. They price from the CAT analysis automatically and our PMs were tired of keeping spreadsheets on the side. Nothing personal, the support team was lovely.",
   "negative",
   [(TMQ, "They price from the CAT analysis automatically")]))
C(("Vireo Translations",
   "Support took four days to answer a ticket about a stuck invoice. The product is ok, support needs work.",
   "negative",
   []))
C(("Corvina Translations Ltd",
   "SAML please. Our ISO 27001 auditor flagged shared passwords on PM accounts.",
   "neutral",
   [(SSO, "SAML please")]))
C(("Wortwerk Übersetzungen GmbH",
   "Insgesamt sind wir zufrieden. Was uns fehlt, ist eine automatische QS-Prüfung vor der Lieferung: Terminologie, Zahlen, Tags. Im Moment machen wir das alles in Verifika.",
   "positive",
   [(QA, "eine automatische QS-Prüfung vor der Lieferung")]))
C(("Harbourside Translation Co",
   "I keep a Google sheet of who's away when. It would make sense for that to live in Wordloom, next to the assignment screen.",
   "neutral",
   [(CAL, "It would make sense for that to live in Wordloom, next to the assignment screen")]))
C(("Hesper Game Localization",
   "Also: we'd pay extra for webhooks. When a job is delivered our build pipeline should just know about it, nobody should have to click anything.",
   "neutral",
   [(API, "we'd pay extra for webhooks")]))
C(("Sunburst Languages",
   "Too expensive for a two-person agency once you pass 10 freelancers. We went back to spreadsheets.",
   "negative",
   []))
C(("Atelier Traduction Lyon",
   "Très bon outil, l'équipe l'a adopté en une semaine. Il nous manque juste la post-édition de traduction automatique comme type de tâche, avec son propre tarif.",
   "positive",
   [(MTPE, "la post-édition de traduction automatique comme type de tâche, avec son propre tarif")]))
C(("Stratus Linguistic",
   "Any plans for an availability calendar? Or at least let freelancers mark days off in their profile.",
   "neutral",
   [(CAL, "Any plans for an availability calendar? Or at least let freelancers mark days off in their profile")]))
C(("Brightside Localization",
   "The onboarding was rough. Nobody explained how the rate cards work and we set everything up wrong, so the first month of quotes were off. Once that was sorted it's been fine.",
   "neutral",
   []))
C(("Sapienta Language Services",
   "Our developer wanted to connect our client's Contentful space but there's nothing to connect to. CMS connectors would open up a lot of web and app localisation work for us. Right now we turn that work down.",
   "neutral",
   [(CMS, "CMS connectors would open up a lot of web and app localisation work for us")]))
C(("Gemini Legal Translation",
   "Certified translations for court mean a lot of back and forth with the client and the portal keeps all of it in one place. 10.",
   "positive",
   []))
C(("Inkwell Localisation",
   "Went with TransPilot, mainly because it has QA checks built in and their sales rep showed us catching a wrong number live in the demo. Wordloom's review step is just an assignee and a checkbox. Price was not the issue.",
   "negative",
   [(QA, "it has QA checks built in")]))

# ---- batch 3 ----
C(("Meridian Language Group",
   "Good year overall, the PMs are happy and the client portal has cut our email traffic a lot. Two things from our CTO for next year: SSO (SAML, Okta) and an actual REST API with webhooks, so we can stop screen-scraping job statuses into our client dashboards.",
   "positive",
   [(SSO, "SSO (SAML, Okta)"), (API, "an actual REST API with webhooks")]))
C(("Ridgeway Translation",
   "Calender view of linguists availabilty. That's it, that's the feedback.",
   "neutral",
   [(CAL, "Calender view of linguists availabilty")]))
C(("Fennel & Finch Translations",
   "Opening a job with 30+ files hangs for about a minute and sometimes the page just goes white. Reported it twice, still happening.",
   "negative",
   []))
C(("Bluequill Translations",
   "Our PMs asked me to pass this on. A lot of our pharma work now comes in as MTPE, and there's no way to flag in Wordloom that a job is post-editing, so the reports lump it in with human translation and our margins look wrong. Apart from that they're happy.",
   "neutral",
   [(MTPE, "there's no way to flag in Wordloom that a job is post-editing")]))
C(("Kestrel Localisation",
   "We'd move our remaining two offices over if Wordloom could take jobs straight from our clients' Drupal sites.",
   "neutral",
   [(CMS, "if Wordloom could take jobs straight from our clients' Drupal sites")]))
C(("Tallis Translation Services",
   "We left because the freelancer payments kept failing for our linguists in Brazil and Colombia and support couldn't tell us why. Three months of apologising to freelancers was enough. Good idea, poor execution.",
   "negative",
   []))
C(("Lumen Words",
   "also quotes: we give 100% matches at 30% of the rate and wordloom can't do that, so I build every quote in Excel and paste the total in",
   "neutral",
   [(TMQ, "we give 100% matches at 30% of the rate and wordloom can't do that")]))
C(("Portolan Translations",
   "Chose a competitor. Your tool couldn't quote from a fuzzy-match grid and that's how every one of our clients buys. Everything else in the demo looked nice.",
   "negative",
   [(TMQ, "Your tool couldn't quote from a fuzzy-match grid")]))
C(("Saltmarsh Language Services",
   "no complaints. the portal is easy for clients who aren't technical",
   "positive",
   []))
C(("Halberd Localization",
   "Third time I'm putting this in the survey: SAML SSO and SCIM provisioning. We onboard and offboard PMs every month and it's all manual. If someone leaves on a Friday they can still log in on Monday.",
   "negative",
   [(SSO, "SAML SSO and SCIM provisioning")]))
C(("Tamarind Language Studio",
   "Would help a lot if the translators could block out their busy days themselves.",
   "neutral",
   [(CAL, "if the translators could block out their busy days themselves")]))
C(("Wortwerk Übersetzungen GmbH",
   "Our reviewers are in-country staff at the client. Love that they can comment in the portal without needing a licence.",
   "positive",
   []))
C(("Corvina Translations Ltd",
   "Our biggest clients publish from Adobe Experience Manager and Sitecore. We lost a tender in March because we couldn't offer a connector and the winning LSP could. Otherwise no complaints.",
   "neutral",
   [(CMS, "we couldn't offer a connector")]))
C(("Quillmark Agency",
   "Good product, fair price. Mobile app some day?",
   "positive",
   [(MOB, "Mobile app some day?")]))
C(("Oakline Medical Translation",
   "Is there a way to get an automatic check that the translator hasn't left segments untranslated before the job goes to the client? It happened twice this month and the client noticed both times.",
   "neutral",
   [(QA, "Is there a way to get an automatic check that the translator hasn't left segments untranslated before the job goes to the client?")]))
C(("Vireo Translations",
   "cheap, works. would like a calendar for translator holidays tho",
   "neutral",
   [(CAL, "would like a calendar for translator holidays tho")]))
C(("NorthBridge Linguistics",
   "We're moving all our vendor and job data into a central data warehouse this year, so we'll be building our own dashboards on top of the exports.",
   "neutral",
   []))
C(("Cobalt Lingo",
   "The mobile site is fine for checking job status on the go, we don't need an app.",
   "positive",
   []))
C(("Ostrava Lingua s.r.o.",
   "Overall fine. Machine translation pre-fill for the translators would be a huge time saver, plus the option to price those jobs as post-editing.",
   "neutral",
   [(MTPE, "Machine translation pre-fill for the translators would be a huge time saver, plus the option to price those jobs as post-editing")]))
C(("Brightside Localization",
   "Our vendor managers spend far too long chasing freelancers to find out who can take what. A shared calendar, please.",
   "neutral",
   [(CAL, "A shared calendar, please")]))

# ---- batch 4 ----
C(("Parallax Subtitling",
   "we'd need subtitle QA per language (reading speed, line length, shot changes) before we'd recommend you to anyone",
   "negative",
   [(QA, "subtitle QA per language (reading speed, line length, shot changes)")]))
C(("Meridian Language Group",
   "Our CSM has been great and the migration from our old system went smoothly. 9.",
   "positive",
   []))
C(("Sapienta Language Services",
   "Ideally the quote would apply our fuzzy bands automatically when the PM uploads the analysis log. Right now the weighting is done on a calculator. Not very 2024 of us.",
   "neutral",
   [(TMQ, "the quote would apply our fuzzy bands automatically when the PM uploads the analysis log")]))
C(("Harbourside Translation Co",
   "Needs an API. Our accounts system is custom and every invoice gets re-typed.",
   "neutral",
   [(API, "Needs an API")]))
C(("Redwing Translations",
   "Works well for us. Our German and Austrian clients now want EU-only hosting written into their contracts though. Can you offer an EU data centre?",
   "positive",
   [(EUR, "Can you offer an EU data centre?")]))
C(("Atelier Traduction Lyon",
   "Our freelancers bill us in EUR, GBP and CHF, and our clients pay in EUR and USD. At the moment we can only invoice in euros and we convert everything else by hand.",
   "neutral",
   [(CUR, "At the moment we can only invoice in euros and we convert everything else by hand")]))
C(("Kestrel Localisation",
   "Terminology checks against the termbase at delivery would save our reviewers a lot of time.",
   "neutral",
   [(QA, "Terminology checks against the termbase at delivery")]))
C(("Little Babel Studio",
   "we mostly do interpreting now tbh, and wordloom doesn't really do bookings for interpreters (date, venue, hours). so we use it less and less",
   "negative",
   [(INT, "wordloom doesn't really do bookings for interpreters (date, venue, hours)")]))
C(("Hesper Game Localization",
   "Game strings come with character limits and placeholders like {0} and %s. A QA check that flags broken placeholders and over-length strings would catch most of our bugs before the client's LQA does. Right now we find them in the build.",
   "neutral",
   [(QA, "A QA check that flags broken placeholders and over-length strings")]))
C(("Gemini Legal Translation",
   "Love the product. We'd also like a way for new freelancers to sign our NDA inside Wordloom instead of emailing PDFs around.",
   "positive",
   [(SIG, "a way for new freelancers to sign our NDA inside Wordloom")]))
C(("Pinecrest Language Partners",
   "Our account manager said the API is 'on the roadmap'. It's been on the roadmap since 2022.",
   "negative",
   [(API, "the API is 'on the roadmap'")]))
C(("Amberley Patent Translations",
   "The PDF invoices look professional, two clients have commented on it.",
   "positive",
   []))
C(("Ridgeway Translation",
   "Please add Google Translate/DeepL as a pre-translation step so my linguists post-edit instead of starting from zero.",
   "neutral",
   [(MTPE, "Please add Google Translate/DeepL as a pre-translation step")]))
C(("Vantage Global Language Solutions",
   "Interview note, procurement lead: customer data for our public-sector clients has to stay in the EU and Wordloom could only offer US hosting. Linguaflow hosts in Frankfurt. That alone would have ruled you out.",
   "negative",
   [(EUR, "customer data for our public-sector clients has to stay in the EU")]))
C(("Saltmarsh Language Services",
   "the quotes only use the total word count, no discount for repetitions. clients notice when a competitor quotes 40% less for the same file",
   "neutral",
   [(TMQ, "the quotes only use the total word count, no discount for repetitions")]))
C(("Cobalt Lingo",
   "Please, please let freelancers set their own availability.",
   "neutral",
   [(CAL, "let freelancers set their own availability")]))
C(("Tradux Madrid",
   "We are happy. Invoices, portal, assigning jobs, all good.",
   "positive",
   []))
C(("Ostrava Lingua s.r.o.",
   "Our QuickBooks export broke after the last release and VAT lines were duplicated. It's fixed now but it cost our accountant a day.",
   "neutral",
   []))
C(("Corvina Translations Ltd",
   "Would love for the review step to run automatic checks (numbers, tags, consistency) and show the reviewer a report. Our QA team uses three different desktop tools right now and nobody knows which one was run on which job.",
   "neutral",
   [(QA, "Would love for the review step to run automatic checks (numbers, tags, consistency) and show the reviewer a report")]))
C(("Inkwell Localisation",
   "Our clients are in Switzerland and the UK. The fact that you couldn't invoice in CHF and GBP was a deal breaker for our finance director. She wasn't going to run two invoicing systems.",
   "negative",
   [(CUR, "you couldn't invoice in CHF and GBP")]))

# ---- batch 5 ----
C(("Marlowe & Pike Language",
   "We left Wordloom after three years. In the end it came down to two things: pricing from TM analysis, and the fact that Babeldesk plugs straight into our clients' GitHub repos. The PMs were sad to see the portal go, to be fair.",
   "negative",
   [(TMQ, "pricing from TM analysis"), (CMS, "Babeldesk plugs straight into our clients' GitHub repos")]))
C(("Redwing Translations",
   "We don't use MT at all, our clients forbid it in their contracts. So the AI stuff in your newsletter isn't really for us. The rest is great.",
   "positive",
   []))
C(("Stratus Linguistic",
   "Interpreting jobs are about 30% of our business and we track them in a separate calendar app. An interpreting module (bookings, travel, minimum hours) would let us drop it. Everything on the translation side works well.",
   "positive",
   [(INT, "An interpreting module (bookings, travel, minimum hours)")]))
C(("Tamarind Language Studio",
   "Any chance of a mobile app for freelancers to accept jobs? Our linguists are on the move a lot.",
   "neutral",
   [(MOB, "Any chance of a mobile app for freelancers to accept jobs?")]))
C(("NorthBridge Linguistics",
   "Fine. Does what it says. SSO still missing.",
   "neutral",
   [(SSO, "SSO still missing")]))
C(("Halberd Localization",
   "Would love webhooks on job status changes. Our client-facing portal currently re-imports your CSV export every hour, which is as bad as it sounds.",
   "neutral",
   [(API, "webhooks on job status changes")]))
C(("Oakline Medical Translation",
   "Renewal was painless and the new rate cards are great. Google sign-in for the freelancers was a nice touch. 10 from me.",
   "positive",
   []))
C(("Amberley Patent Translations",
   "For patents we post-edit the machine output from the patent office's MT and charge a different rate for it. Can Wordloom handle MTPE rates? I couldn't find anything in the rate cards.",
   "neutral",
   [(MTPE, "Can Wordloom handle MTPE rates?")]))
C(("Parallax Subtitling",
   "Subtitlers go off on festival contracts for weeks at a time. Knowing who's free is a total guessing game, I'd pay for a calendar.",
   "neutral",
   [(CAL, "I'd pay for a calendar")]))
C(("Kestrel Localisation",
   "Honestly the best PM tool we've used. The team loves the deadline board.",
   "positive",
   []))
C(("Sunburst Languages",
   "We also had to chase people for availability on WhatsApp, which Wordloom could have solved.",
   "negative",
   [(CAL, "We also had to chase people for availability on WhatsApp, which Wordloom could have solved")]))
C(("Pinecrest Language Partners",
   "Multi-currency please! Half our freelancers are in Poland and want paying in PLN.",
   "neutral",
   [(CUR, "Multi-currency please!")]))
C(("Meridian Language Group",
   "For the MT workflow we'd want to choose the engine per language pair and per client, and the post-editor should see which segments came from MT and which from the TM. Happy to be a design partner on this. Our MT lead has a long list.",
   "positive",
   [(MTPE, "For the MT workflow we'd want to choose the engine per language pair and per client")]))
C(("Tradux Madrid",
   "Buen producto. ¿Tenéis pensado sacar una API? Queremos conectarlo con nuestro ERP.",
   "positive",
   [(API, "¿Tenéis pensado sacar una API?")]))
C(("Ridgeway Translation",
   "Is there a way to set a minimum fee per client rather than per language pair? Found it, it's under the client's rate card. Ignore me, all good.",
   "positive",
   []))
C(("Harbourside Translation Co",
   "It's OK. We're a small agency and honestly most of the features are more than we need.",
   "neutral",
   []))
C(("Wortwerk Übersetzungen GmbH",
   "Would be useful: TM leverage in quotes. Today we calculate net words in Trados and type them in manually.",
   "neutral",
   [(TMQ, "TM leverage in quotes")]))
C(("Little Babel Studio",
   "the new dashboard is lovely!!",
   "positive",
   []))
C(("Portolan Translations",
   "And the review step: no automated QA at all, so we would still have needed our own QA tool on top. Two tools for the price of one, no thanks.",
   "negative",
   [(QA, "no automated QA at all")]))
C(("Stratus Linguistic",
   "The Wise payouts to freelancers are the best thing you've added this year.",
   "positive",
   []))

# ---- batch 6 ----
C(("Quillmark Agency",
   "We translate for a handful of Shopify stores. An app for Shopify that sends the product descriptions over to us would be brilliant, we spend ages copying them out of spreadsheets.",
   "neutral",
   [(CMS, "An app for Shopify that sends the product descriptions over to us")]))
C(("Corvina Translations Ltd",
   "Another one for the list: an API. We have our own client portal and want Wordloom running behind it. And yes, still single sign-on, our auditor is back in June.",
   "neutral",
   [(API, "Another one for the list: an API"), (SSO, "still single sign-on, our auditor is back in June")]))
C(("Tallis Translation Services",
   "Had we been able to plug DeepL in and run post-editing jobs we might have hung on a bit longer, but the payment failures were the main thing.",
   "negative",
   [(MTPE, "Had we been able to plug DeepL in and run post-editing jobs")]))
C(("Saltmarsh Language Services",
   "An app would be nice for checking deadlines on the train.",
   "neutral",
   [(MOB, "An app would be nice for checking deadlines on the train")]))
C(("Bluequill Translations",
   "Our finance team asked whether freelancer contracts could be signed electronically as part of vendor onboarding. Right now it's DocuSign outside the tool, then download, then upload into the freelancer profile. Not the end of the world, just clunky.",
   "neutral",
   [(SIG, "whether freelancer contracts could be signed electronically as part of vendor onboarding")]))
C(("Sapienta Language Services",
   "The freelancer payment run last month went out twice to three linguists. We got the money back in the end but it was a stressful week and it made us look bad to people we depend on.",
   "negative",
   []))
C(("Fennel & Finch Translations",
   "+1 to the availability calendar people keep asking for on the community forum.",
   "neutral",
   [(CAL, "+1 to the availability calendar")]))
C(("Amberley Patent Translations",
   "Interpreting is only a small part of our work, but a booking screen for interpreters would be welcome.",
   "positive",
   [(INT, "a booking screen for interpreters would be welcome")]))
C(("Wortwerk Übersetzungen GmbH",
   "Die Rechnungsstellung funktioniert gut, aber unsere Kunden in der Schweiz möchten in CHF bezahlen. Mehrere Währungen pro Kunde wären ideal.",
   "positive",
   [(CUR, "Mehrere Währungen pro Kunde wären ideal")]))
C(("NorthBridge Linguistics",
   "Two requests from our IT director, in this order: single sign-on through our own identity provider, and keeping all client files in EU data centres. Our public-sector framework agreement requires both from next April. Without them we would have to move that work elsewhere.",
   "neutral",
   [(SSO, "single sign-on through our own identity provider"), (EUR, "keeping all client files in EU data centres")]))
C(("Halberd Localization",
   "The CMS side is where we're losing ground. Our tech clients want continuous localisation: strings pushed from GitHub or GitLab, translated, and merged back as a pull request, without anyone emailing files around. A competitor pitched exactly that to one of our biggest accounts last month.",
   "negative",
   [(CMS, "strings pushed from GitHub or GitLab, translated, and merged back as a pull request")]))
C(("Brightside Localization",
   "Small agency, big fan. If I could get a WordPress connector and a quote that knows about repetitions I'd stop using anything else.",
   "positive",
   [(CMS, "a WordPress connector"), (TMQ, "a quote that knows about repetitions")]))
C(("Vireo Translations",
   "The review step is just 'assign a reviewer'. No spellcheck, no number check, nothing. For the price I expected more.",
   "negative",
   [(QA, "No spellcheck, no number check, nothing")]))
C(("Atelier Traduction Lyon",
   "We'd switch our Geneva office to Wordloom as well if it connected to Contentful and priced jobs from the memoQ analysis.",
   "neutral",
   [(CMS, "if it connected to Contentful"), (TMQ, "priced jobs from the memoQ analysis")]))
C(("Lumen Words",
   "machine translation + post-editing, with the post-editor paid per hour or per word, whichever we pick",
   "neutral",
   [(MTPE, "machine translation + post-editing")]))
C(("Ostrava Lingua s.r.o.",
   "Could the portal accept a Git repo link and track which strings changed since the last job? We do a lot of software localisation and the diffing is killing us. An API so the client's devs can create jobs themselves would help too.",
   "neutral",
   [(CMS, "Could the portal accept a Git repo link and track which strings changed since the last job?"), (API, "An API so the client's devs can create jobs themselves")]))
C(("Gemini Legal Translation",
   "Our translators run the QA in memoQ, but we have no way of checking what they actually ran. A QA report attached to each delivery in Wordloom would help.",
   "neutral",
   [(QA, "A QA report attached to each delivery in Wordloom would help")]))
C(("Tamarind Language Studio",
   "We post-edit a lot of DeepL output now. Wordloom should let us quote it at a post-editing rate and discount the TM matches in the same quote.",
   "neutral",
   [(MTPE, "Wordloom should let us quote it at a post-editing rate"), (TMQ, "discount the TM matches in the same quote")]))
C(("Cobalt Lingo",
   "Our biggest client runs their site on HubSpot. A HubSpot connector, or failing that an API our freelance dev could script against, is what would keep that client with us.",
   "neutral",
   [(CMS, "A HubSpot connector"), (API, "an API our freelance dev could script against")]))
C(("Oakline Medical Translation",
   "Our medical freelancers sign confidentiality agreements per client. Being able to send and countersign those from the freelancer profile would tidy up our ISO 17100 paperwork a lot.",
   "neutral",
   [(SIG, "Being able to send and countersign those from the freelancer profile")]))
