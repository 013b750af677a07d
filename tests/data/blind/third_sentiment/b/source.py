# Hand-written NPS comments ("What is the main reason for your score?") for a blind sentiment evaluation set.
# Each entry: (product_kind, text, label). Typed one at a time, in batches of about 20.
# Labels follow "What the sentiment labels mean" in DOMAIN.md.

FLEET = "fleet telematics"
ERP = "manufacturing ERP / MES"
INS = "insurance agency management"
VET = "veterinary practice software"
EVT = "event ticketing and registration"
PROC = "e-procurement / supplier management"
SEC = "cybersecurity (EDR, SIEM, password managers)"
VIDEO = "video conferencing and webinars"

COMMENTS = []

# Batch 1: fleet telematics
COMMENTS += [
    (FLEET, "The driver scorecards actually changed behaviour. Harsh braking events are down by about a third since we rolled it out across the depots.", "positive"),
    (FLEET, "GPS pings every 2 minutes is not good enough when a customer is on the phone asking where there van is.", "negative"),
    (FLEET, "its ok", "neutral"),
    (FLEET, "We are not renewing. The hardware failure rate on the trackers was ridiculous and every swap meant a truck off the road for half a day.", "negative"),
    (FLEET, "Solid product. Would be a 10 if the fuel card integration supported WEX as well, right now we reconcile the WEX transactions by hand every month.", "positive"),
    (FLEET, "Too early to say, we've only had the units installed on 12 of our 80 vehicles.", "neutral"),
    (FLEET, "Never had an issue with the dashboards, the driver app is another story. Drivers hate it, it logs them out constantly and the DVIR form crashes if you attach more than 3 photos. Office side I'd give it a 9, driver side a 3.", "neutral"),
    (FLEET, "Love the geofencing alerts 👍", "positive"),
    (FLEET, "Oh fantastic, the ELD went down again on a Friday night. Exactly what my drivers needed.", "negative"),
    (FLEET, "Does what it says. Reports are a bit clunky.", "neutral"),
    (FLEET, "Is there a way to export the idle time report per driver instead of per vehicle? We rotate drivers between trucks so the vehicle view doesn't tell us much.", "neutral"),
    (FLEET, "Our account manager Priya has been brilliant. She sorted out the billing mess from the migration within a week and checks in every month without being pushy.", "positive"),
    (FLEET, "We've been customers since 2017 and the product has been reliable. But the price went up 18% at renewal with no new features that we use, and nobody from their side even called to explain it. We're looking at Samsara.", "negative"),
    (FLEET, "The maintenance scheduling saved us from at least two roadside breakdowns this year. The cost of the subscription is covered by that alone.", "positive"),
    (FLEET, "fine", "neutral"),
    (FLEET, "Setup took forever. The installer no-showed twice and we had to chase support for weeks to get a new date. Now that it's running it's decent, but first impressions matter and ours was poor.", "negative"),
    (FLEET, "Dashcam footage retrieval is really slow on the older units, that's a known problem and they told us the new hardware fixes it. We swapped half the fleet and it does. Happy overall.", "positive"),
    (FLEET, "Nous utilisons la plateforme depuis deux ans, très fiable et le support répond vite. Merci !", "positive"),
    (FLEET, "Please add a tachograph download integration for our UK vehicles. At the moment the transport manager pulls the files separately and uploads them into another system.", "neutral"),
    (FLEET, "Too many alerts, not enough signal. We turned most of them off. Let us set thresholds per vehicle group or it's just noise.", "negative"),
    (FLEET, "Route replay is great for settling disputes with customers about arrival times. Nothing else really stands out.", "neutral"),
]

# Batch 2: manufacturing ERP / MES
COMMENTS += [
    (ERP, "We went live on the MES in March and OEE reporting is finally something the plant managers trust. It took a lot of work from our side and theirs. Worth it.", "positive"),
    (ERP, "The MRP run takes 40 minutes for our BOM structure. Support says that's expected. It is not acceptable in this day and age.", "negative"),
    (ERP, "Works. Ugly UI, but works.", "neutral"),
    (ERP, "Shop floor operators picked it up in a day, which never happened with the old system. Only wish the tablet screens worked with gloves on - can you make the buttons bigger on the work order screen?", "positive"),
    (ERP, "The implementation partner was a disaster. Three consultants in six months, and each one undid what the last one configured. The software itself might be fine but we'd never know, because it still isn't set up properly. We have told our MD we will not extend beyond the initial term.", "negative"),
    (ERP, "Lot traceability is excellent, our last customer audit took two hours instead of two days.", "positive"),
    (ERP, "Wir sind zufrieden, aber die Übersetzung ins Deutsche ist an vielen Stellen unvollständig. Bitte nachbessern.", "neutral"),
    (ERP, "Meh.", "neutral"),
    (ERP, "The cost accounting module does exactly what finance needs. Our month-end close went from 8 working days to 5.", "positive"),
    (ERP, "Why is there still no native integration with Siemens PLCs? We pay a third party to push machine counts into the system and it breaks every time either side updates.", "negative"),
    (ERP, "Customizations are expensive but you get what you pay for.", "neutral"),
    (ERP, "We had a serious issue with inventory valuation after the last upgrade. Their team found the root cause in a day, patched it and walked our controller through the corrections. That's how you handle a problem.", "positive"),
    (ERP, "Every update breaks something in our custom reports.", "negative"),
    (ERP, "Still in the pilot on one line. Ask me again in six months.", "neutral"),
    (ERP, "Good software, terrible support. Tickets sit for days before anyone even reads them.", "neutral"),
    (ERP, "The quality module is not bad at all. The NCR workflow is miles better than the paper forms we had.", "positive"),
    (ERP, "Please add the ability to schedule maintenance windows from the MES calendar so planning can see them. Currently we keep a shared spreadsheet next to it.", "neutral"),
    (ERP, "Switching to another ERP at year end. It's too rigid for a job shop: it's built for repetitive manufacturing and we spent more time fighting it than using it. If you ever add flexible routings for one-off jobs, give us a call.", "negative"),
    (ERP, "The scheduling board is the best I've seen in 20 years in manufacturing. Drag a job and everything downstream recalculates. My planners would revolt if we took it away.", "positive"),
    (ERP, "Licensing per named user makes it really hard to give access to temps on the floor. Otherwise no complaints.", "neutral"),
    (ERP, "Reporting is painful. Everything needs an export to Excel. Give us a proper report builder.", "negative"),
]

# Batch 3: insurance agency management
COMMENTS += [
    (INS, "Commission tracking alone is worth it. I used to spend two days a month reconciling carrier statements, now its a couple of hours.", "positive"),
    (INS, "The carrier download for Progressive has been broken for three weeks and nobody can tell us when it'll be fixed. My CSRs are re-keying policies by hand.", "negative"),
    (INS, "Ok for what we need.", "neutral"),
    (INS, "We're a small agency, 6 people. It's probably more system than we need, but it hasn't let us down.", "neutral"),
    (INS, "Renewal reminders and the client portal cut our inbound calls noticeably. Clients can pull their own ID cards now. Big win.", "positive"),
    (INS, "Another price increase, another year of the same bugs. We've signed with a different AMS and move over in Q3. If you ever get the downloads working reliably, maybe we'd talk again.", "negative"),
    (INS, "Can you add e-signature directly in the app? We have DocuSign separately and juggling both is annoying.", "neutral"),
    (INS, "Customer support is useless. You get a ticket number and then silence.", "negative"),
    (INS, "Denise, our onboarding specialist, was amazing. Patient with our older producers who are not computer people, and she always followed up. The software is good, she made it great.", "positive"),
    (INS, "Been on it 3 weeks, still learning the workflows.", "neutral"),
    (INS, "The new UI is slower than the old one. Five clicks to do what used to take two.", "negative"),
    (INS, "Reporting on book of business by producer is exactly what I needed as agency principal. Would love a mobile version of the dashboard so I can check it between appointments.", "positive"),
    (INS, "Integrations with the rating engines are decent and quoting is quick. The accounting side is weak, though. We still run trust accounting in QuickBooks because the reconciliation screens make no sense to our bookkeeper. Not a reason to leave, but not a reason to recommend either.", "neutral"),
    (INS, "Not bad. Not great.", "neutral"),
    (INS, "We had a data migration problem where about 200 policies came over with the wrong effective dates. It was a mess for a week. Their team owned it, fixed every record and sent us an audit list. Honestly I trust them more now than before it happened.", "positive"),
    (INS, "ACORD forms autofill is a lifesaver 🙌", "positive"),
    (INS, "Muy buen sistema, pero el soporte en español es limitado. Necesitamos más ayuda en nuestro idioma.", "neutral"),
    (INS, "The system keeps timing out when we run the monthly producer statements. We've reported it four times. At least let us schedule the run overnight so nobody has to sit and watch it fail.", "negative"),
    (INS, "Great, another 'enhancement' that moved every button we use. Thanks.", "negative"),
    (INS, "Please make the activity notes searchable across all clients, not just within one client record. Right now finding who spoke to a carrier about something means opening dozens of files.", "neutral"),
    (INS, "Does the job and the price is fair.", "neutral"),
]

# Batch 4: veterinary practice software
COMMENTS += [
    (VET, "Our receptionists love the appointment book. Colour coding by species and by vet makes a busy Saturday manageable.", "positive"),
    (VET, "The vaccination reminders have brought back clients we had lost track of. Compliance on boosters is up a lot.", "positive"),
    (VET, "Inventory counts never match what's actually on the shelves. We gave up and do stock takes on paper again. Barcode scanning at the point of dispensing would fix most of this.", "negative"),
    (VET, "We're moving to a cloud system next year. This one still needs a server in the back room and our IT guy is retiring.", "negative"),
    (VET, "Fine for a single clinic. Not sure how it would cope with more. We open a second site next year, does it do reporting across sites?", "neutral"),
    (VET, "Lab results from IDEXX flow straight into the record now, which is great. But the PDF invoices still look like they were designed in 1998 and clients comment on it.", "positive"),
    (VET, "honestly the best pms we've used and we've tried 3", "positive"),
    (VET, "Please add a way to merge duplicate client records. When someone registers twice we end up with two histories for the same dog.", "neutral"),
    (VET, "Support kept me on hold for 50 minutes while a surgery was waiting on a controlled drug log entry. Unacceptable.", "negative"),
    (VET, "Had no problems so far.", "positive"),
    (VET, "The controlled drugs register is clear and our inspection went smoothly. Dr. Okafor from the vendor even joined a call with our head nurse to check the setup beforehand.", "positive"),
    (VET, "Too early to tell. Training is next week.", "neutral"),
    (VET, "Billing is a nightmare. Estimates don't carry over to invoices properly and we lose money on missed items every week. We need the estimate lines to convert automatically, this shouldn't be hard.", "negative"),
    (VET, "It's alright. The app for the vets on house calls is handy.", "neutral"),
    (VET, "Why can't clients book online through our website? Every other clinic around us offers it and we still take everything by phone.", "negative"),
    (VET, "Treatment sheets for the hospital ward are not bad, but the nurses want bigger fonts on the ward display.", "neutral"),
    (VET, "We have been with them 9 years. Some things are dated, but they listen and they keep improving it. Would recommend to any mixed practice.", "positive"),
    (VET, "The system froze during our busiest hour twice last week. We had to write everything on paper and re-enter it later. If this continues we will be looking elsewhere.", "negative"),
    (VET, "Très pratique pour les rappels de vaccins, mais l'interface est lente sur nos vieux PC.", "neutral"),
    (VET, "The claim forms for the pet insurers auto-fill from the record. Saves my nurses about an hour a day.", "positive"),
    (VET, "Overpriced for what it is.", "negative"),
]

# Batch 5: event ticketing and registration
COMMENTS += [
    (EVT, "Our conference sold 4,000 tickets in the first hour and the site didn't blink. Last year with the old provider it fell over in five minutes.", "positive"),
    (EVT, "Check-in app on the day was fast, badges printed in seconds. Attendees noticed.", "positive"),
    (EVT, "The fees are passed on to our attendees and they complain about them every single time. We're evaluating Eventbrite and Tito for next season.", "negative"),
    (EVT, "The registration form builder is flexible enough. Conditional questions took some trial and error to get right.", "neutral"),
    (EVT, "Ticket sales are smooth, I'll give them that. Refunds are a nightmare though. Every one is manual, and the payout reconciliation never matches Stripe. Our finance team spends two days after each event untangling it.", "negative"),
    (EVT, "Please let us set different cancellation policies per ticket type. Right now VIP and general admission have to share one, which makes no sense for us.", "neutral"),
    (EVT, "Great tool!! Only thing missing is a waitlist that automatically releases tickets when someone cancels, we do that by email at the moment.", "positive"),
    (EVT, "Support answered within minutes during our event weekend, on a Sunday. That is why we stay.", "positive"),
    (EVT, "It does what we need for a small charity gala. Not sure we'd use it for anything bigger.", "neutral"),
    (EVT, "We signed in January and the setup has been smooth so far, the onboarding calls were useful. But our first event on the platform is in May, so I can't really say yet. Ask me after we've survived the check-in queue.", "neutral"),
    (EVT, "The seating chart tool is clunky and crashed twice while I was mapping a 1,200 seat theatre. Lost an hour of work each time. Autosave, please.", "negative"),
    (EVT, "Sponsor lead retrieval app is a nice touch, the exhibitors liked it.", "positive"),
    (EVT, "Is there any plan for a proper API? We need to push registrations into our CRM in real time, not via a CSV export every morning.", "neutral"),
    (EVT, "Super easy to use 😊", "positive"),
    (EVT, "Our account rep changed three times in a year and each one had to learn our setup from scratch. The product is fine but the relationship feels like an afterthought. We will look around before renewal.", "negative"),
    (EVT, "Wow, charging us for 'premium support' to fix a bug in your own payment page. Classy.", "negative"),
    (EVT, "Works well for ticketing, the email marketing part is basic. We use Mailchimp for that instead.", "positive"),
    (EVT, "La plataforma funciona bien, pero los informes de asistencia son difíciles de exportar.", "neutral"),
    (EVT, "Badge printer setup was a problem at first, our printers weren't on the supported list. Support shipped us two loaners overnight. Can't fault them.", "positive"),
    (EVT, "Apple Wallet tickets please! Attendees keep asking for it.", "neutral"),
    (EVT, "The hybrid streaming add-on was laggy and our virtual attendees gave us the worst feedback scores we have ever had. We will not use it again, and to be honest we're reconsidering the whole package.", "negative"),
]

# Batch 6: e-procurement / supplier management
COMMENTS += [
    (PROC, "Supplier onboarding used to take us three weeks of emails and PDFs. Now suppliers fill in the portal themselves, bank details and certificates included, and we approve in a day.", "positive"),
    (PROC, "Our suppliers hate the portal. Half of them refuse to log in, so our buyers end up entering their quotes for them. Adoption is the real problem and the vendor doesn't seem to care.", "negative"),
    (PROC, "Good enough.", "neutral"),
    (PROC, "Punchout catalogues work well with our main office supplies vendor. The others are hit and miss. When it works, requisitioners love it because it feels like normal online shopping. When it doesn't, they email the buyer and we're back to square one.", "neutral"),
    (PROC, "Speaking as the finance person: three-way matching is the reason I'd recommend it. Our duplicate payment rate went to basically zero.", "positive"),
    (PROC, "The approval workflows are far too rigid, any change needs a paid change request from their consultants. We should be able to change an approval limit ourselves.", "negative"),
    (PROC, "Please add expiry alerts for the suppliers' insurance certificates, not only for the contract itself. We track those in a spreadsheet today and we missed one last year.", "neutral"),
    (PROC, "We did not renew. The spend analytics never worked with our chart of accounts and after 18 months we still couldn't trust a single report.", "negative"),
    (PROC, "Clean interface, buyers like it. Would really like a Teams integration for approvals so managers don't have to log in just to click approve.", "positive"),
    (PROC, "Too early to judge, we're in month two of the rollout and only IT and facilities are using it.", "neutral"),
    (PROC, "Sourcing events are easy to set up and comparing bids side by side is great. Saved us real money on the packaging tender.", "positive"),
    (PROC, "Our CSM, Tom, is the only reason we haven't left. The product has serious gaps in supplier risk scoring but he keeps finding workarounds for us.", "negative"),
    (PROC, "No complaints so far 👍", "positive"),
    (PROC, "Invoice OCR gets maybe 70% of the fields right. The rest we fix by hand. Better then nothing I suppose.", "neutral"),
    (PROC, "Ugh. Every quarter there's a new 'module' we have to pay extra for to get what was in the demo.", "negative"),
    (PROC, "Could you support multiple currency in one PO? We are buying from Germany and US in same order sometimes and must split it in two.", "neutral"),
    (PROC, "Implementation was on time and on budget, which I can't say about any other software project we've done. The consultants knew procurement, not just the tool.", "positive"),
    (PROC, "Die Lieferantenbewertung ist gut gelöst, die Performance dagegen ist oft sehr langsam.", "neutral"),
    (PROC, "The supplier risk feed flagged one of our key suppliers going into administration two weeks before the news broke. That alone paid for the licence this year.", "positive"),
    (PROC, "Search doesn't find anything unless you type the exact item name. Add search by supplier part number at least.", "negative"),
    (PROC, "Slow to load, confusing menus, and support closes tickets without fixing them. We're switching to Coupa at renewal.", "negative"),
]

# Batch 7: cybersecurity (EDR, SIEM, password managers)
COMMENTS += [
    (SEC, "The EDR caught a ransomware precursor on a finance laptop at 2am and isolated it before anyone woke up. I sleep better.", "positive"),
    (SEC, "False positives are out of control. My two-person team spends half the day closing alerts on legitimate admin tools. Let us whitelist by signed publisher, please.", "negative"),
    (SEC, "I expected a fight over the password manager. We rolled it out to 300 staff and it went smoothly. Even the partners use it, which I did not expect. The only hiccup was shared vaults for the front desk, and support walked us through that in one call.", "positive"),
    (SEC, "SIEM ingestion pricing per GB punishes you for logging more, which is the opposite of what security wants. We're cutting log sources to stay in budget.", "negative"),
    (SEC, "It's fine. Does what a SIEM does.", "neutral"),
    (SEC, "Please add SCIM provisioning for Okta, we currently create and disable vaults by hand when people join or leave.", "neutral"),
    (SEC, "The agent is lightweight. I never hear complaints from users about performance, which is a first for any AV/EDR product we've run.", "positive"),
    (SEC, "Support escalations go into a black hole. We had a P1 open for 9 days.", "negative"),
    (SEC, "Good detection, poor reporting. Management wants monthly summaries and I have to build them in PowerPoint myself. The detections themselves I trust completely. It's everything around them that feels unfinished.", "neutral"),
    (SEC, "The SOC team behind the MDR service are sharp. When they call, it matters. Would be nice to have a Slack channel with them instead of email for the low-severity stuff.", "positive"),
    (SEC, "Evaluating, not in production yet.", "neutral"),
    (SEC, "The browser extension autofills the wrong account half the time on sites where we have several logins. Annoying but not a dealbreaker.", "neutral"),
    (SEC, "Oh sure, let's push an agent update that bluescreens 40 machines on a Monday morning. Great testing, guys.", "negative"),
    (SEC, "We are migrating to Microsoft Defender since it's included in our E5 licence. Nothing wrong with the product, it's a budget decision.", "negative"),
    (SEC, "Threat hunting queries are powerful once you learn the syntax. The learning curve is steep.", "positive"),
    (SEC, "Is there a way to see which users still have weak or reused passwords without exporting the whole report? The admin console only shows totals.", "neutral"),
    (SEC, "solid product, great people", "positive"),
    (SEC, "The dashboard is pretty but it's not telling me anything I can act on. The out-of-the-box correlation rules are basic.", "negative"),
    (SEC, "We had an incident last year and their IR team was on a call within 30 minutes. Professional, calm, and they wrote a report our insurer accepted without questions. We're renewing for 3 years.", "positive"),
    (SEC, "Onboarding was rushed. We were handed the console with a 45-minute webinar and left to it. Six months in, we're only now using half the features we pay for. The product may well be good, we just weren't shown how.", "negative"),
    (SEC, "La console est claire et les alertes sont pertinentes. Rien à redire.", "positive"),
    (SEC, "Works as advertised, nothing more, nothing less.", "neutral"),
]

# Batch 8: video conferencing and webinars
COMMENTS += [
    (VIDEO, "Our webinar registration-to-attendance rate went up after we switched to their reminder emails. The post-event analytics are the best we've had.", "positive"),
    (VIDEO, "Audio drops every few minutes for anyone on a VPN. IT has checked everything on our side. Support keeps sending the same troubleshooting article.", "negative"),
    (VIDEO, "Calls just work. That's all I want from a video tool.", "positive"),
    (VIDEO, "Breakout rooms are unreliable, people get dumped back into the main room at random. Embarrassing in front of clients.", "negative"),
    (VIDEO, "We're consolidating on Teams. Nobody wanted to pay for two tools.", "negative"),
    (VIDEO, "Lag lag lag. Every. Single. Meeting.", "negative"),
    (VIDEO, "Please add live captions in Spanish and Portuguese. Half our webinar audience is in Latin America and we currently pay a separate captioning service.", "neutral"),
    (VIDEO, "No complaints but no wow either. It's a video tool.", "neutral"),
    (VIDEO, "The recording transcripts are surprisingly accurate, even with our accents. Would love speaker labels in the export so we can use them for the minutes.", "positive"),
    (VIDEO, "The host controls for large webinars are confusing. A panelist got accidentally demoted to attendee mid-session and we couldn't bring them back. Very stressful with 800 people watching.", "negative"),
    (VIDEO, "I love how the license renewal quote arrived 3 days before the deadline with a 25% uplift. Really builds trust.", "negative"),
    (VIDEO, "Good quality video, but the desktop app eats memory and my laptop fan goes crazy. A lighter app or a proper browser version would help.", "neutral"),
    (VIDEO, "We held our annual partner summit fully virtual on it, 2,300 attendees across 14 time zones. Not a single major glitch. Marco from their events team rehearsed with every one of our speakers. Can't recommend them enough.", "positive"),
    (VIDEO, "Why do external guests still need to download the app to join? Browser join works on paper but half the features are missing and our customers give up.", "negative"),
    (VIDEO, "The product is ok but billing is a mess. We were charged for 40 seats after reducing to 25, and it took three months and a dozen emails to get a credit. Finance is furious. Our CFO has asked me to find an alternative before the next renewal.", "negative"),
    (VIDEO, "Just started, ask me in a quarter.", "neutral"),
    (VIDEO, "i use it every day and forget its there, which is the point i guess", "positive"),
    (VIDEO, "Screen sharing a second monitor doesn't work on Mac half the time. Known issue for a year apparantly.", "negative"),
    (VIDEO, "Does the webinar add-on integrate with HubSpot? The sales rep said yes, but I can't find it anywhere in the settings.", "neutral"),
    (VIDEO, "El audio es muy claro y las grabaciones se guardan automáticamente. Estamos muy contentos.", "positive"),
    (VIDEO, "Honestly the worst onboarding I've had with any vendor. No kickoff call, no admin training, just a link to the help centre. We figured it out ourselves eventually but it soured the whole relationship.", "negative"),
    (VIDEO, "We're a small team and honestly it's cheap, it works, the mobile app is fine. Wouldn't rave about it.", "neutral"),
]
