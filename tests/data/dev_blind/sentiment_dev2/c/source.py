"""Hand-written NPS comments (development set C).

Each entry is (product_kind, text, label). Typed by hand, one at a time, in batches.
Labels follow "What the sentiment labels mean" in DOMAIN.md.
"""

POS = "retail point of sale"
HOTEL = "hotel property management"
GYM = "gym and studio management"
CHURCH = "church and membership management"
BIM = "architecture / BIM collaboration"
FARM = "farm management"
TMS = "transport management (TMS)"
DAM = "digital asset management"

COMMENTS = []

# ---- batch 1 ----
COMMENTS += [
    (POS, "Checkout is fast and the staff picked it up in a day. Never had an issue with card payments, even on Black Friday.", "positive"),
    (HOTEL, "It's fine.", "neutral"),
    (GYM, "We are moving to a different platform at the end of our contract. The class booking kept double-booking our spin classes and members blamed us, not you. We raised it in October and again in December. Nobody ever came back with a fix or even a date.", "negative"),
    (CHURCH, "Sarah our account manager has been a star, she walked our volunteers through the giving module twice without once making anyone feel silly. The software itself is solid. Would love a way to text reminders to small group leaders but honestly that's a small thing.", "positive"),
    (BIM, "Please add IFC 4.3 export, we currently convert every model through a separate tool before sending it to the structural engineers.", "neutral"),
    (FARM, "not bad, does what we need", "neutral"),
    (TMS, "Oh great, another 'scheduled maintenance' right in the middle of our dispatch window. Third time this month.", "negative"),
    (DAM, "Finding brand assets used to take our designers half a morning. Now it's a search box and done. 10/10", "positive"),
    (POS, "Too early to tell, we only went live in two stores last week.", "neutral"),
    (HOTEL, "Support takes 3 days to answer a ticket when the channel manager stops syncing and we get overbookings. That is not acceptable for a hotel. Give us a phone line for urgent issues, please.", "negative"),
    (GYM, "love it \U0001F4AA", "positive"),
    (CHURCH, "Does the app support multiple campuses under one login? We are opening a second site in spring.", "neutral"),
    (BIM, "The clash detection is genuinely good and the viewer is quick even on big federated models. Only complaint is the licence cost per seat, which is hard to justify for our part-time contractors.", "positive"),
    (FARM, "Muy útil para llevar el registro de tratamientos y cosechas. La app funciona bien en el campo aunque no haya cobertura.", "positive"),
    (TMS, "Rates, tenders and tracking all in one place. Our carriers grumbled at first but now they prefer it to email. The first month was rough, I won't pretend otherwise. But I wouldn't go back.", "positive"),
    (DAM, "Its ok but the upload is slow for video files and the metadata fields are confusing for new people", "negative"),
    (POS, "The price went up 30% at renewal with no new features to show for it. We've been with you six years and nobody even called to explain. We're looking at Square and Lightspeed now.", "negative"),
    (HOTEL, "Front desk team likes the new layout. Housekeeping module is clunky on tablets though, rooms don't update until you refresh.", "neutral"),
    (GYM, "We had a problem with the direct debit run in January. Support fixed it within the hour and explained exactly what happened and why. That's why you get a 9.", "positive"),
    (CHURCH, "No complaints, it does everything our office needs.", "positive"),
]

# ---- batch 2 ----
COMMENTS += [
    (FARM, "We stopped using it after harvest. Too many clicks to log a simple field operation, so our guys went back to the paper notebook in the tractor cab. It's a shame because the office side looked promising.", "negative"),
    (TMS, "Would be nice if the driver app showed the delivery window on the stop list, drivers keep calling dispatch to ask.", "neutral"),
    (DAM, "The integration with Figma and Adobe CC is the reason we bought it and it works as advertised. Rights management on images also saved us from at least one very expensive mistake with a stock photo.", "positive"),
    (BIM, "Honestly it's a mixed bag. Markups and issue tracking with the contractor are much better than emailing PDFs around. But the desktop sync corrupts files now and then and we've lost half a day's work twice. I want to like it, I'm just not there yet.", "neutral"),
    (HOTEL, "Das System läuft stabil, aber der Support ist nur auf Englisch erreichbar und das ist für unser Team an der Rezeption schwierig.", "neutral"),
    (GYM, "why cant members freeze their membership themselves in the app?? every single freeze request comes to the front desk by email", "negative"),
    (CHURCH, "Our treasurer says the year-end giving statements took ten minutes instead of two weekends. That alone is worth it. And I'll admit I was sceptical when the board signed us up.", "positive"),
    (FARM, "Works.", "neutral"),
    (TMS, "The onboarding was a mess. Three different implementation consultants in six weeks, each one asked us the same questions, and our go-live slipped by a month. The product itself might be fine, we just haven't had the chance to find out.", "negative"),
    (DAM, "Cost is high compared to what we paid for our old Dropbox setup, but it isn't really comparable. Approvals and versioning alone justify it for our marketing team.", "positive"),
    (POS, "Inventory counts never match between the back office and the tills. We've reported it four times. Please fix the sync, or at least give us a report that shows where the differences are.", "negative"),
    (HOTEL, "Our night auditor has to run the same report three times before the numbers match. We've given up asking support about it.", "negative"),
    (GYM, "It's alright. Does the job for class bookings, the reporting is basic.", "neutral"),
    (BIM, "Can you add a way to compare two model versions side by side? Right now we open them in two windows and flick between them.", "neutral"),
    (CHURCH, "The check-in kiosks for children's ministry have been a game changer for our Sunday mornings, parents love the printed labels. Please please add an option to print allergy info on the label too!", "positive"),
    (FARM, "Too expensive for a family farm our size. We use maybe a third of the features and pay for all of them.", "negative"),
    (TMS, "Solid. No drama since go-live.", "positive"),
    (DAM, "our CSM Tom is the only reason we're still here tbh. the product keeps moving the UI around every quarter and my team has to relearn where everything is. tom is great though, give him a raise", "negative"),
    (POS, "Nothing special, it's a till.", "neutral"),
]

# ---- batch 3 ----
COMMENTS += [
    (HOTEL, "We're switching to another PMS next year. The rate calendar is impossible to manage across our three properties, and we've been told multi-property is 'on the roadmap' for two years now.", "negative"),
    (GYM, "The staff app is brilliant, the member app less so. The reviews on the App Store say the same thing.", "neutral"),
    (CHURCH, "very easy for our older volunteers, which matters a lot to us", "positive"),
    (BIM, "Not perfect, but nothing else on the market handles our Revit and Archicad teams working on the same project as well as this does. The issue I raise at every QBR is still the permissions model, which is too coarse for external consultants.", "positive"),
    (FARM, "Die Ackerschlagkartei ist übersichtlich und die Dokumentation für die Kontrollen ist in wenigen Minuten fertig. Sehr zufrieden.", "positive"),
    (TMS, "Why is there still no API for pushing orders from our ERP? We re-key around 200 orders a day and it's costing us a full-time person.", "negative"),
    (DAM, "Search is good. Permissions are confusing. Support is okay. Price is okay. Overall fine.", "neutral"),
    (POS, "Great product, even better people. Marco set up all 14 of our stores over one weekend.", "positive"),
    (HOTEL, "No complaints but nothing that wows us either.", "neutral"),
    (GYM, "We run 3 yoga studios and this finally let us stop using spreadsheets for teacher payroll. Members book in two taps. Would like a waitlist that auto-promotes people when someone cancels, but it's already the best tool we've tried.", "positive"),
    (CHURCH, "The new version broke our donation import from the bank file and nobody at support could tell us when it would be fixed. Our finance volunteer has been typing it in by hand for a month now. She is not happy and neither am I.", "negative"),
    (BIM, "We only started the pilot with one project team, ask me again in six months.", "neutral"),
    (FARM, "Good app for the tractor drivers, bad for the office. Reports export in a format nobody can open in Excel properly. Please give us a proper .xlsx export.", "neutral"),
    (TMS, "Carrier scorecards helped us renegotiate two contracts and save real money. Best decision we made last year.", "positive"),
    (DAM, "Thank you for the awesome onboarding!! \U0001F64C Priya was so patient with our questions and the whole brand team was live in two weeks.", "positive"),
    (POS, "System goes down every Saturday afternoon. Guess when we're busiest.", "negative"),
    (HOTEL, "Please add Adyen terminal integration, our night auditor reconciles card payments by hand every night.", "neutral"),
    (GYM, "Meh.", "neutral"),
    (CHURCH, "I'm the only staff member at a small parish and the mobile site is useless, so everything waits until I'm back at the office computer.", "negative"),
    (BIM, "The price per user doubled when you changed the licensing model. We're keeping it for this year because switching mid-project is not realistic, but we won't renew.", "negative"),
]

# ---- batch 4 ----
COMMENTS += [
    (FARM, "It's a decent tool. Does what it says on the tin.", "neutral"),
    (TMS, "The route optimisation is clever when it works, but it often sends trucks down roads they can't use because of weight limits. Our planners override about half of the routes by hand. Customer service is friendly though, I'll give them that.", "negative"),
    (DAM, "Les fonctions de recherche sont excellentes et nos équipes marketing en Europe l'utilisent tous les jours. Il manque juste une interface entièrement en français pour certains collègues.", "positive"),
    (POS, "Is there a way to do layaway / hold orders? Couldn't find it in the help centre.", "neutral"),
    (HOTEL, "I've worked with four PMS in my career and this is the first one the night team doesn't swear at. Training took an afternoon. The only thing I'd change is the colours on the tape chart, they're hard on the eyes at 3am.", "positive"),
    (GYM, "Cancelled. The fees on member payments were higher than what we were told on the sales call. The software itself was okay, but we can't work with a vendor we don't trust.", "negative"),
    (CHURCH, "It works fine for membership records. The events part we don't really use.", "neutral"),
    (BIM, "Great for coordination meetings, we put the model on the big screen and everyone can see the issues at once. Would be perfect with a VR mode \U0001F609", "positive"),
    (FARM, "The livestock module is exactly what we and our vet needed. Weights, treatments, withdrawal periods, all in one place, and the alerts are spot on.", "positive"),
    (TMS, "Slow. Every screen takes 5+ seconds to load.", "negative"),
    (DAM, "We migrated 400k assets and honestly expected a disaster. There were a few issues with duplicate files, but the migration team sorted them out and kept us informed the whole way. Very happy so far.", "positive"),
    (POS, "Good hardware, terrible software updates. Every update moves the buttons around and my cashiers panic in the middle of a queue.", "negative"),
    (HOTEL, "Its a good sistem but the reports are dificult to understand for us. We need more training in spanish for the staffs.", "neutral"),
    (GYM, "Best support team I have ever dealt with, they answer on chat within minutes even on weekends.", "positive"),
    (CHURCH, "Still waiting for the online giving page to look decent on a phone. It's 2024.", "negative"),
    (BIM, "It's fine for what we use it for.", "neutral"),
    (FARM, "we're a small dairy and don't have much time for computers, but the milk recording just works. 9", "positive"),
    (TMS, "Please add proof-of-delivery photos to the customer portal, our customers call us to ask for them every day.", "neutral"),
    (DAM, "Too early, we're still uploading our archive.", "neutral"),
    (POS, "Stable, cheap, no surprises.", "positive"),
]

# ---- batch 5 ----
COMMENTS += [
    (HOTEL, "The housekeeping app has no offline mode and the wifi is patchy in our older wing. So the staff write on paper and someone updates the system later, which defeats the point. Otherwise the system is ok.", "negative"),
    (GYM, "Our members love booking straight from Instagram. Can you add TikTok too?", "positive"),
    (CHURCH, "Not sure yet. The migration from our old system is still going on.", "neutral"),
    (BIM, "We lost a bid because the model viewer wouldn't load for the client during the presentation. Embarrassing. Support's answer was 'clear your cache'.", "negative"),
    (FARM, "Weather integration and spraying records are really useful. The mobile app crashes sometimes when there is no signal, which is most of our fields, ha. Still, miles better than what we had before.", "positive"),
    (TMS, "Does what we need. Price is fair. A dark mode for the night shift would be nice.", "neutral"),
    (DAM, "The product is great but support is painfully slow, 5 days for a reply on a blocking issue.", "neutral"),
    (POS, "We're closing two stores and moving the rest to Shopify POS since our webshop is on Shopify anyway. Nothing wrong with you guys really.", "negative"),
    (HOTEL, "Excelente sistema, muy intuitivo. El equipo de recepción lo aprendió en un día.", "positive"),
    (GYM, "A lot of features we don't use, and the ones we do use are slow. Renewal is in March and we're getting quotes from other vendors.", "negative"),
    (CHURCH, "Great product. Would be even better with a Planning Center integration for our worship team rotas.", "positive"),
    (BIM, "Documentation is poor, our BIM manager had to figure out most of the API by trial and error. Once he got there it works well enough. It just shouldn't have taken three weeks.", "negative"),
    (FARM, "ok", "neutral"),
    (TMS, "Freight audit caught over \u20ac40k of overbilling in our first quarter. The tool paid for itself several times over.", "positive"),
    (DAM, "Would you consider a Canva integration? Half our regional teams build social posts there and download the assets by hand first.", "neutral"),
    (POS, "The gift card feature is a bit fiddly but everything else is excellent.", "positive"),
    (HOTEL, "Not renewing. The contract was sold to us as including a booking engine, and it turned out to be a paid add-on. Our GM felt misled, and so did I.", "negative"),
    (GYM, "Wish I'd found it years ago", "positive"),
    (CHURCH, "The pastor likes the reports, the office staff find it confusing. Somewhere in between.", "neutral"),
    (BIM, "We're an architecture practice of 12 and the cost per seat is a real consideration for us. That said, it's the backbone of how we work with consultants now, and our project handovers are smoother than ever. Please keep the small-practice pricing tier!", "positive"),
]

# ---- batch 6 ----
COMMENTS += [
    (FARM, "Hard to set up. The field boundary import from the government maps failed and we ended up drawing 60 fields by hand. Support was nice about it but couldn't fix it.", "negative"),
    (TMS, "Good tool and the team is responsive. Reporting could be more flexible but we get by with the exports.", "positive"),
    (DAM, "Nobody in our company uses it except the design team. Everyone else still asks for files on Slack, so we're paying for a library that half the business ignores.", "negative"),
    (POS, "can you add a button for splitting the bill by item? we're a cafe and people ask for it all the time", "neutral"),
    (HOTEL, "The upgrade last month fixed the slow check-in screen we had been complaining about for ages. Finally! Thanks for listening.", "positive"),
    (GYM, "Too early to say, we opened the new studio two weeks ago. First impressions are good.", "neutral"),
    (CHURCH, "Absolutely essential for us. We couldn't run a congregation of 2,000 without it.", "positive"),
    (BIM, "Sehr gute Plattform für die Zusammenarbeit mit den Fachplanern, aber die Performance bei großen Modellen ist leider oft enttäuschend.", "neutral"),
    (FARM, "Price is ok, app is ok. Could use a Dutch language option for our workers.", "neutral"),
    (TMS, "Constant bugs after every release. We now keep a spreadsheet of workarounds. The account manager never calls back.", "negative"),
    (DAM, "The AI tagging is surprisingly accurate, it saves our librarian hours every week. Would be great if it tagged video as well.", "positive"),
    (POS, "Terrible. We lost a day of sales data after the outage in June and nobody apologised.", "negative"),
    (HOTEL, "Fine. Not great, not terrible.", "neutral"),
    (GYM, "Our CSM Jenna checks in every month and always has a useful tip. The product is good, she makes it great.", "positive"),
    (CHURCH, "I would give a 10 if we could send SMS from the system. For now we copy the numbers into another tool.", "positive"),
    (BIM, "The RFI workflow is exactly how our project managers think. Clean, quick, auditable.", "positive"),
    (FARM, "We're switching to the co-op's own software next season because it comes free with our membership. The app was fine.", "negative"),
    (TMS, "Please let us set different cut-off times per warehouse. At the moment everything runs on head office time.", "neutral"),
    (DAM, "meh. overpriced dropbox with a nicer logo", "negative"),
    (POS, "Your sales rep promised us that offline mode works for card payments. It doesn't. We found out the day our internet went down, with a full shop.", "negative"),
]

# ---- batch 7 ----
COMMENTS += [
    (HOTEL, "We are a group of 8 hotels. Central reporting is strong and the revenue management side is good. Guest messaging is weak, though, and the integrations marketplace is small compared to others. On balance it does the job for us.", "neutral"),
    (GYM, "The app is slow to load on older Android phones and a lot of our members have older phones. Otherwise great.", "neutral"),
    (CHURCH, "super helpful team and the software is getting better every month \U0001F64F", "positive"),
    (BIM, "Why does every export format need a support ticket to enable? Just let admins switch features on themselves.", "negative"),
    (FARM, "Please add a grain stock module. We store on farm and track it in a spreadsheet next to the app.", "neutral"),
    (TMS, "We chose you over two bigger vendors because of the implementation team, and they delivered. Go-live was on time and the drivers were using the app from day one.", "positive"),
    (DAM, "Too expensive for what it is.", "negative"),
    (POS, "It does the basics. Reports are limited and there's no multi-currency, which would help with the tourists, but we're a small shop so it's enough.", "neutral"),
    (HOTEL, "Never had downtime in 3 years. That's all I ask from a PMS.", "positive"),
    (GYM, "Our old system was awful so anything would have been an improvement. This one is okay.", "neutral"),
    (CHURCH, "Honestly thinking about leaving. The price went up again and the features we asked for two years ago are still missing.", "negative"),
    (BIM, "Viewer crashes on anything over 500MB. For a BIM platform that's kind of the whole job.", "negative"),
    (FARM, "the guy who did our training (Pieter?) was excellent, very patient with my dad who is 70 and hates computers. app is good too", "positive"),
    (TMS, "Is there a plan to support rail and intermodal? We can only use it for road freight right now.", "neutral"),
    (DAM, "It's fine. Our agency partners find the share links confusing, though. Could they open a preview page instead of a raw list of files?", "neutral"),
    (POS, "Switched from Lightspeed last year and it's been night and day. Training a new cashier takes 20 minutes now.", "positive"),
    (HOTEL, "The support is the problem. Everything has to go through a ticket, there's no phone line, and a night auditor can't wait 24 hours when the audit fails at 2am.", "negative"),
    (GYM, "Overpriced.", "negative"),
    (CHURCH, "Nous l'utilisons pour la gestion des membres et des dons. Ça marche, sans plus.", "neutral"),
    (BIM, "We've been customers for five years. It used to be the best tool for design review, but now it feels like it's falling behind. Markups are clunky compared to newer tools and the mobile app hasn't been updated in ages. We're evaluating alternatives this summer.", "negative"),
]

# ---- batch 8 ----
COMMENTS += [
    (FARM, "No issues at all, it's a good app and the price is fair for what you get.", "positive"),
    (TMS, "The carrier portal is so clunky that two of our biggest hauliers refuse to use it. So we're back to phone and email for them, which is exactly what we bought this to stop. Please make a simple mobile page for carriers.", "negative"),
    (DAM, "brilliant, just brilliant. another 'improved' upload flow that takes twice as many clicks", "negative"),
    (POS, "Your hardware bundles are overpriced, we bought our receipt printers elsewhere. The software is decent.", "neutral"),
    (HOTEL, "I'm new here, only used it for a week. Seems fine.", "neutral"),
    (GYM, "We're leaving for Mindbody. Before we go: please tell your product team that a proper waitlist would have kept us, we asked for it for 18 months.", "negative"),
    (CHURCH, "The new member app is a step backwards. Half our congregation can't log in since the update and the church office phone hasn't stopped ringing.", "negative"),
    (BIM, "Lots of potential. Not quite there yet.", "neutral"),
    (FARM, "Why can't I see my fields on a satellite map? Every other farm app does that.", "negative"),
    (TMS, "Wonderful. Yet another surprise invoice for 'additional API calls'. Love that for us.", "negative"),
    (DAM, "good product, slow support", "neutral"),
    (POS, "We run 40 stores across the UK and Ireland. Central price management is excellent and our area managers rely on the dashboards every Monday. The only real issue is end-of-day reconciliation, which still needs a manual step for cash. If that gets fixed it's a 10.", "positive"),
    (HOTEL, "Muy caro para un hostal pequeño. Nos cambiamos a otro sistema cuando termine el contrato.", "negative"),
    (GYM, "Not bad at all. Setup was easy and the members haven't complained, which is saying something.", "positive"),
    (CHURCH, "Could you add a family view, so one login shows the whole household's giving and groups?", "neutral"),
    (BIM, "honestly the best purchase our practice has made this decade", "positive"),
    (FARM, "It gets slow in the mornings when everyone logs in, but the data is reliable and the support team are lovely. Keep it up.", "positive"),
    (TMS, "No opinion yet, our IT is still connecting it to SAP.", "neutral"),
    (DAM, "The licence cost went up at renewal and we had to cut seats. We're still using it, but fewer people have access now, which rather defeats the purpose of a central library.", "negative"),
    (POS, "Card reader disconnects from the iPad several times a day. Unusable at peak hours.", "negative"),
]

# ---- batch 9 ----
COMMENTS += [
    (HOTEL, "Great PMS. The channel manager is a bit slow to push rate changes (sometimes 10 minutes), but that's minor. Would be good to have it push instantly one day.", "positive"),
    (GYM, "Billing errors every month. I spend hours refunding members who were charged twice, and then apologising to them at the front desk. I didn't open a gym to do refunds.", "negative"),
    (CHURCH, "Our administrator left and nobody else knows how to use it. Not really your fault, but the training material is thin.", "neutral"),
    (BIM, "Please support single sign-on with Azure AD. Our IT won't approve any more tools with separate passwords.", "neutral"),
    (FARM, "The subscription is charged per hectare, which punishes bigger arable farms like ours. We pay more than our neighbour for the same software and get no more support for it.", "negative"),
    (TMS, "Dispatchers hate it. Management likes the reports. I'm management so I'll give it a 7.", "neutral"),
    (DAM, "The problem we had before was version chaos, five copies of every logo floating around. That problem is gone.", "positive"),
    (POS, "Cashiers find it confusing and the training videos are out of date. The loyalty programme also doesn't talk to our e-commerce, so customers lose their points online.", "negative"),
    (HOTEL, "Cheaper than Opera and does 90% of what we need. Happy.", "positive"),
    (GYM, "Probably fine for big gyms. For a two-person boxing studio it's overkill and the pricing shows it. A lite plan for small studios would have kept us.", "negative"),
    (BIM, "Three outages during a deadline week. We ended up sending drawings to the client by WeTransfer like it was 2010.", "negative"),
]
