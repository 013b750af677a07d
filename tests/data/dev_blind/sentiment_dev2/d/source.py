# Hand-written NPS comments ("What is the main reason for your score?") for a sentiment development set.
# Each entry: (product_kind, text, label). Typed by hand, one at a time, in batches of about 20.

TAX = "tax and compliance software"
TREAS = "treasury and cash management"
BILL = "subscription billing"
CDP = "customer data platforms"
SURV = "survey and research tools"
ITSM = "IT service management"
BDR = "backup and disaster recovery"
EMAIL = "email deliverability and transactional email"

COMMENTS = [
    # --- batch 1: tax and compliance software ---
    (TAX, "Saved us during VAT filing season. The automatic rate updates alone are worth the subscription.", "positive"),
    (TAX, "fine", "neutral"),
    (TAX, "We're moving to Avalara at renewal. Too many wrong rates for the Canadian provinces, and every time we raised it nobody owned the fix. We spent more time checking your numbers than we saved.", "negative"),
    (TAX, "Not bad for the price. Does what it says.", "neutral"),
    (TAX, "Honestly the best compliance tool we've used. Filing deadlines are on one calendar, reminders go to the right people, and the audit trail made our last external audit painless. Only wish: a way to attach the bank payment confirmation to each return, right now we keep those in a shared drive.", "positive"),
    (TAX, "Please add e-invoicing support for Poland (KSeF). We currently generate the XML by hand and upload it ourselves.", "neutral"),
    (TAX, "The product is good but our implementation took five months instead of the six weeks we were sold. Once live it has worked well. I just can't pretend the onboarding wasn't painful.", "neutral"),
    (TAX, "Support takes 3 days to answer a ticket in the middle of filing season. Unacceptable.", "negative"),
    (TAX, "never had a single return rejected since we switched to you guys", "positive"),
    (TAX, "Our CFO asked me to fill this in. I'm in finance and mostly just see the reports, they look ok.", "neutral"),
    (TAX, "Oh wonderful, another 'mandatory update' the night before the quarterly deadline. Thanks.", "negative"),
    (TAX, "Does the job. Is there any plan to support US sales tax nexus tracking for remote sellers?", "neutral"),
    (TAX, "Le logiciel est fiable et les mises à jour réglementaires arrivent toujours à temps. Très satisfaits.", "positive"),
    (TAX, "Price went up 30% this year with no new features we actually use. When we asked why, the answer was 'inflation'. We are looking at alternatives.", "negative"),
    (TAX, "Marta, our account manager, is fantastic. She knows the German tax rules better than our own team and always gets back within the hour.", "positive"),
    (TAX, "Too early to say, we only went live last month and haven't filed a return through it yet.", "neutral"),
    (TAX, "The cost of compliance keeps rising in our industry and this tool is one of the few things that actually brings it down. Problem solved, as far as our team is concerned.", "positive"),
    (TAX, "The UI looks like it's from 2009. It works, but training new staff on it is a pain and half the menus are named in tax jargon nobody outside our team understands.", "negative"),
    (TAX, "good", "positive"),
    (TAX, "Withholding tax certificates for vendors would be a massive help, we chase these by email every January. Other than that we're very happy.", "positive"),
    (TAX, "we are not renewing. the product is ok but our group moved everything to SAP's own module", "negative"),
]

COMMENTS += [
    # --- batch 2: treasury and cash management ---
    (TREAS, "Cash positioning across 14 banks in one screen every morning. I can't imagine going back to spreadsheets.", "positive"),
    (TREAS, "The bank connectivity is the problem. Half our banks drop the MT940 feed at least once a week, and we only find out when the cash position is wrong. We've stopped trusting the morning report and check the bank portals again, which defeats the point.", "negative"),
    (TREAS, "It's ok. Forecasting module is weaker than the demo suggested.", "neutral"),
    (TREAS, "Could you add a way to tag intercompany loans? Today we track them in a separate workbook.", "neutral"),
    (TREAS, "Great product, great team. Jonas walked our treasurer through the hedge accounting setup on a Saturday because our year end was on the Monday. That's why it's a 10.", "positive"),
    (TREAS, "meh", "neutral"),
    (TREAS, "We were promised SWIFT gpi tracking in Q2. It's now Q4. Still waiting, and our renewal is in January, draw your own conclusions.", "negative"),
    (TREAS, "Payments approval workflow is solid and the auditors like it. The reporting is clunky though, and building a custom cash report still needs a ticket to your team. Overall happy enough, but there's room to grow.", "neutral"),
    (TREAS, "No complaints so far but we only use the bank statement import, not the forecasting.", "neutral"),
    (TREAS, "FX exposure report is exactly what our board wanted to see. Really impressed with the last release 👏", "positive"),
    (TREAS, "we switched to Kyriba in march, this survey is a bit late", "negative"),
    (TREAS, "Reconciliation is slow when we load more than a month of statements, it can take 10 minutes. That's fine for us, we run it overnight, and everything else is quick and reliable.", "positive"),
    (TREAS, "La herramienta funciona bien, pero el soporte en español es casi inexistente. Siempre tenemos que escribir en inglés.", "neutral"),
    (TREAS, "Too expensive for what a mid-sized company needs, we use maybe 20% of it. Give us a lighter tier without the hedging modules and we'd happily stay.", "negative"),
    (TREAS, "Please please add a mobile approval app. Our CFO travels constantly and payments sit waiting for her signature.", "neutral"),
    (TREAS, "As IT I can say the SSO setup took ten minutes and it has never gone down on us. The finance folks seem happy too.", "positive"),
    (TREAS, "Cash forecast accuracy is way better than our old Excel model, our variance dropped from about 15% to under 5%.", "positive"),
    (TREAS, "Its a good system but the learning curve is steep and the training videos are outdated, the screens don't match what we see.", "neutral"),
    (TREAS, "Third outage during month-end close this year. We could not release payroll payments until 4pm and had to explain that to 600 employees. I've escalated to our CIO and I expect a proper answer this time.", "negative"),
    (TREAS, "Why is there still no API to push forecast data from our ERP? Everything else is great but this is a real gap.", "neutral"),
]

COMMENTS += [
    # --- batch 3: subscription billing ---
    (BILL, "Proration just works. After years of fighting our old billing system over mid-cycle upgrades, that alone is worth a 10.", "positive"),
    (BILL, "Dunning emails went out twice to 800 customers last Tuesday. We had to apologise to every one of them. A week later there's still no root cause from you, just 'investigating'.", "negative"),
    (BILL, "It does the job.", "neutral"),
    (BILL, "Please add support for usage-based pricing with tiers per metric. We calculate overages in a spreadsheet and add them as one-off charges every month.", "neutral"),
    (BILL, "love it!! revenue recognition reports save me a full day at month end 🙌", "positive"),
    (BILL, "We're leaving for Chargebee at the end of the contract. Your product is fine, honestly, but they integrate natively with HubSpot and you still don't after two years of us asking. If that connector ever ships, call us.", "negative"),
    (BILL, "The Stripe integration is solid. The Salesforce one less so, the sync breaks whenever someone renames a product. Syncing on the product ID instead of the name would fix it.", "neutral"),
    (BILL, "Support is slow and every answer is 'we have raised this with engineering'. Nothing ever comes back.", "negative"),
    (BILL, "Great support team, especially Priya. Product has some rough edges in the invoice designer but she always finds a workaround.", "positive"),
    (BILL, "Wir sind zufrieden. Die Rechnungen erfüllen die deutschen Anforderungen und der Support antwortet schnell.", "positive"),
    (BILL, "Not sure yet. We migrated 3,000 subscriptions two weeks ago and the first renewal run is next month.", "neutral"),
    (BILL, "Is there a way to send invoices in the customer's language? We have clients in France and Spain who keep asking for translated invoices.", "neutral"),
    (BILL, "Billing is one of those things you only notice when it breaks. We haven't noticed it in a year, which is the best compliment I can give.", "positive"),
    (BILL, "The price increase at renewal was handled badly. A 25% jump, announced by email with 30 days notice, is not how you treat a customer of five years. Nobody from your side even called.", "negative"),
    (BILL, "works ok, a bit pricey", "neutral"),
    (BILL, "Our finance team likes it, our engineers hate the API. The webhooks are inconsistent and the docs are missing half the fields. So it depends who you ask, and I'm somewhere in the middle.", "neutral"),
    (BILL, "Fantastic for B2C style subscriptions. For our enterprise contracts with custom terms it's a struggle, and we end up invoicing those manually in the ERP. A proper contract or quote object would make this a 10.", "neutral"),
    (BILL, "Tax calculation issue on our EU invoices was fixed within 48 hours of me reporting it. Impressive.", "positive"),
    (BILL, "Can't cancel a subscription from the customer portal without the customer emailing us. Seriously? It's 2024.", "negative"),
    (BILL, "Great tool great price great people", "positive"),
]

COMMENTS += [
    # --- batch 4: customer data platforms ---
    (CDP, "Identity resolution finally gives us one profile per customer instead of five. Marketing and support are looking at the same person now, which sounds basic but took us years.", "positive"),
    (CDP, "We paid for a CDP and got an expensive data pipe. Audiences take 24h to refresh, which makes 'real-time personalisation' a joke.", "negative"),
    (CDP, "Early days. The implementation partner is good, we'll know more after the Q3 campaigns.", "neutral"),
    (CDP, "Please add a native connector for Snowflake reverse ETL. We maintain a custom script for it and it breaks every time your schema changes.", "neutral"),
    (CDP, "not great, not terrible", "neutral"),
    (CDP, "The segment builder is brilliant, my marketers build audiences themselves without asking the data team. Would love a way to schedule exports to Google Ads more often than once a day.", "positive"),
    (CDP, "Event volume pricing is punishing. We doubled our traffic after a successful campaign and our bill tripled. Growth shouldn't feel like a penalty, and we're now sampling events just to stay under the tier.", "negative"),
    (CDP, "Consent management is well done and made our GDPR review much easier. Legal was happy, which is rare.", "positive"),
    (CDP, "We are not renewing. The tool is capable, but we never got the data engineering capacity to use it properly, so it has become shelfware. That's partly on us, to be fair.", "negative"),
    (CDP, "Debugging why a profile merged wrongly is close to impossible. There's no history of which rule merged what. At least give us a merge log.", "negative"),
    (CDP, "Our CSM changed three times in one year. Each new one asked us the same discovery questions. The product is decent, but the relationship has been poor and nobody seems to remember what we bought it for.", "negative"),
    (CDP, "Would you consider a sandbox environment? We test new tracking plans directly in production at the moment, which is nerve-wracking.", "neutral"),
    (CDP, "10/10 would recommend, the onboarding team were superb and we were live in 6 weeks", "positive"),
    (CDP, "I'm in IT. From my side it's one more vendor with access to customer PII, and the security questionnaire took months. The marketing team say they like it, I'll take their word for it.", "neutral"),
    (CDP, "Great product, terrible documentation.", "neutral"),
    (CDP, "No real problems. The data quality issues we had were on our side, our tracking plan was a mess, and your team helped us clean it up.", "positive"),
    (CDP, "Muy buena plataforma, nos ha permitido unificar los datos de la web y de la app. Echamos de menos un conector con HubSpot.", "positive"),
    (CDP, "Great, so now the dashboard times out every time I open it on a Monday. Love that for me.", "negative"),
]

COMMENTS += [
    # --- batch 5: survey and research tools ---
    (SURV, "Easiest survey builder I've used. Skip logic without needing a manual.", "positive"),
    (SURV, "Please add the option to export open-ended answers with the respondent's segment attached. Right now I join two CSV files by hand after every study.", "neutral"),
    (SURV, "Panel quality has dropped a lot this year. We're getting speeders and bots in almost every study, and the refund process for bad completes is slow and argumentative. We used to recommend you to other teams; we don't anymore.", "negative"),
    (SURV, "Our research team loves it. Our procurement team doesn't love the price. I'm in procurement.", "neutral"),
    (SURV, "The reporting dashboards are gorgeous and our execs actually read them now. Only thing missing is a way to compare two waves side by side without exporting.", "positive"),
    (SURV, "We're moving our research to Qualtrics next year as part of a group-wide consolidation. Nothing wrong with you, it's a corporate decision.", "negative"),
    (SURV, "Survey links were broken on mobile Safari for a whole week in the middle of our customer study. Our response rate halved. Support's answer was 'we're aware'.", "negative"),
    (SURV, "Not the cheapest, but the support team is the best I've dealt with at any SaaS vendor. Tomás answered my question about weighting at 11pm his time.", "positive"),
    (SURV, "Is there any way to stop a respondent from submitting twice from the same link? We had duplicates in our last NPS wave.", "neutral"),
    (SURV, "Good for simple surveys. Once you need conjoint or MaxDiff you're on your own.", "neutral"),
    (SURV, "The new editor is slower than the old one and I can't find half the settings anymore. Why change something that worked? At least let us switch back to the classic editor.", "negative"),
    (SURV, "Very intuitive, my students in the research methods course picked it up in one class.", "positive"),
    (SURV, "Accessibility is an issue we care about a lot, and this is the first tool where our screen reader testers didn't find any blockers. That matters to us.", "positive"),
    (SURV, "honestly i dont know yet, only sent one survey", "neutral"),
    (SURV, "The translation workflow is a nightmare. We run surveys in 11 languages and have to upload each one separately, then fix the broken logic in every copy. For a tool sold as 'global' that's embarrassing. Everything else is fine, but this costs us days every quarter.", "negative"),
    (SURV, "Great value 👍", "positive"),
    (SURV, "Les résultats sont faciles à partager, mais il manque une vraie gestion des quotas. On doit surveiller les quotas à la main.", "neutral"),
    (SURV, "Hard to say. Some studies go smoothly, others we fight the tool the whole way. Depends on the design.", "neutral"),
    (SURV, "Would be a 10 if you had an integration with our CRM so responses land on the account automatically. As it is, 8.", "positive"),
]

COMMENTS += [
    # --- batch 6: IT service management ---
    (ITSM, "Our ticket backlog went from 900 to under 200 in three months after we moved to this. The automation rules are excellent, and the team actually enjoys using it, which I never thought I'd say about a service desk tool.", "positive"),
    (ITSM, "The agent UI is fine. The portal for end users is confusing and they keep emailing us instead of raising tickets.", "neutral"),
    (ITSM, "Please add a proper CMDB relationship view. We currently draw our service maps in Visio and they're out of date the moment we save them.", "neutral"),
    (ITSM, "Licence model is a rip-off. Paying full price for agents who pick up two tickets a month is absurd.", "negative"),
    (ITSM, "As an end user: I log a ticket, it gets fixed, I get an email. No complaints.", "positive"),
    (ITSM, "We've decided to consolidate onto ServiceNow next fiscal year. The migration effort is already scoped.", "negative"),
    (ITSM, "SLA reporting is exactly what management wanted. Change management module is still a bit basic, but they say it's on the roadmap.", "positive"),
    (ITSM, "Incidents problem management change management all in one place and it just works. Good job", "positive"),
    (ITSM, "Upgrades always break our custom forms. Every. Single. Time. Test against customer configurations before you release, please.", "negative"),
    (ITSM, "Decent tool, nothing special.", "neutral"),
    (ITSM, "Can we get dark mode please? My service desk team works night shifts 🙂", "neutral"),
    (ITSM, "The knowledge base is great and deflects a lot of tickets. The reporting is weak, though, and the AI suggestions are mostly wrong for our environment. I'd call it a solid 7: it solves our main problem, but we've hit its ceiling.", "neutral"),
    (ITSM, "Onboarding was handled really well by Aisha and the team. Clear plan, weekly calls, no surprises. Best implementation I've been part of in 15 years of IT.", "positive"),
    (ITSM, "Slow. Everything is slow. Opening a ticket takes 6 seconds.", "negative"),
    (ITSM, "we only roll it out in april, ask me again then", "neutral"),
    (ITSM, "Does the asset discovery agent support Linux ARM servers yet? We have a growing fleet and they're invisible right now.", "neutral"),
    (ITSM, "Für den Preis ist das Tool in Ordnung. Die Berichte könnten besser sein.", "neutral"),
    (ITSM, "We had a full platform outage for 5 hours on a Monday morning. Communication during it was excellent and the post-mortem was honest, so I'm not upset. These things happen, and how you handle them is what counts.", "positive"),
    (ITSM, "Best ITSM we've tried, and we've tried four.", "positive"),
    (ITSM, "its ok but very expensive for small team like us, we are 6 persons in IT. do you have some plan for small teams?", "neutral"),
]

COMMENTS += [
    # --- batch 7: backup and disaster recovery ---
    (BDR, "We had a ransomware attack in February. We restored 40 servers from your immutable backups in under a day. There is no score higher than 10, otherwise I'd give it.", "positive"),
    (BDR, "Restoring a single mailbox took 9 hours. That's not a backup product, that's a hostage situation.", "negative"),
    (BDR, "Set and forget. Haven't had to think about it in two years.", "positive"),
    (BDR, "Please add support for backing up Microsoft Teams chat history, not just the files. Legal keeps asking us for chats we can't restore.", "neutral"),
    (BDR, "Storage costs keep creeping up and the retention settings are confusing, so we're never sure what we're paying for. We're reviewing other options before renewal.", "negative"),
    (BDR, "Backups are reliable, the console is awful. I'm torn.", "neutral"),
    (BDR, "never failed a DR test. not once. that's all I need from a backup vendor", "positive"),
    (BDR, "Nothing to report, backups run. Fine.", "neutral"),
    (BDR, "We're not renewing. After the failed restore in October we lost two days of orders, and support's response was to point at a checkbox in our config. Maybe it was our fault, but we don't trust the product anymore.", "negative"),
    (BDR, "Good product. Support is a bit slow in European hours but they always get there.", "positive"),
    (BDR, "Quick question: is there a plan for a Terraform provider? We manage everything else as code and backups are the one thing we still click through.", "neutral"),
    (BDR, "Pricing per protected VM was fine until we moved to Kubernetes. Now nobody, including your own sales team, can tell us what we'll pay next year. Publish a clear price for container workloads.", "negative"),
    (BDR, "The recovery testing report is great for our auditors and for our cyber insurance. Saved us a lot of back and forth with the insurer this year.", "positive"),
    (BDR, "backup jobs fail silently sometimes. found out by accident. not good", "negative"),
    (BDR, "The product is strong and I'd recommend it to others. The one problem is the agent update process on Windows, which still needs a reboot and has to be scheduled by hand across 300 servers. If that were automated I'd have nothing left to complain about.", "positive"),
    (BDR, "Muy caro para una empresa pequeña, aunque funciona bien.", "neutral"),
    (BDR, "Sure, it's fine. Yet another console to log into.", "neutral"),
    (BDR, "We only finished onboarding last week. The engineer who helped us was very patient, but we haven't tested a restore yet, so I can't really rate it.", "neutral"),
    (BDR, "Oh sure, 'enterprise grade'. Our backup window now runs into business hours every night.", "negative"),
    (BDR, "Rock solid 💪", "positive"),
]

COMMENTS += [
    # --- batch 8: email deliverability and transactional email ---
    (EMAIL, "Our inbox placement went from 70% to 96% after the warm-up plan your team put together. Password reset emails actually arrive now.", "positive"),
    (EMAIL, "Emails were delayed by up to 40 minutes on Black Friday. For transactional email that's a disaster: customers thought their orders had failed and ordered twice. The status page said 'all systems operational' the whole time.", "negative"),
    (EMAIL, "Please add a per-domain sending report. We send for 12 brands and have to filter the logs ourselves to see which one has a bounce issue.", "neutral"),
    (EMAIL, "API is clean and the docs are the best I've seen. Integrated in an afternoon.", "positive"),
    (EMAIL, "We switched to Postmark last month. The shared IP reputation kept getting us blocklisted, and a dedicated IP was priced out of our reach.", "negative"),
    (EMAIL, "The deliverability consultant, Ben, is worth the whole contract. He found a DMARC misconfiguration that had been hurting us for a year.", "positive"),
    (EMAIL, "Good service overall but the template editor is pretty limited and our designers complain about it constantly.", "neutral"),
    (EMAIL, "Do you support BIMI yet? Our marketing team wants the logo in Gmail and I couldn't find it in the docs.", "neutral"),
    (EMAIL, "bounce handling is a mess. hard bounces get retried, soft bounces get suppressed forever. who designed this", "negative"),
    (EMAIL, "Too early to rate, still migrating our templates from the old provider.", "neutral"),
    (EMAIL, "Cheap, reliable, boring. Exactly what I want from email infrastructure.", "positive"),
    (EMAIL, "The dashboard is pretty, but the data is 2 hours behind, so by the time we see a spike in bounces the damage is done. Real-time alerts on bounce rate would help a lot. Otherwise the sending itself has been reliable.", "neutral"),
    (EMAIL, "Price doubled when we crossed 1M emails a month. I understand tiers, but that jump is steep and there was no warning.", "negative"),
    (EMAIL, "Service très fiable, nos e-mails de confirmation arrivent en quelques secondes. Je recommande.", "positive"),
    (EMAIL, "Support answered in 4 minutes on a Sunday. I didn't believe it either.", "positive"),
    (EMAIL, "I'm from finance, I only see the invoice. It's higher than last year. Other people here like it I think.", "neutral"),
    (EMAIL, "Great. Another 'scheduled maintenance' window, announced 2 hours in advance, right in our peak.", "negative"),
    (EMAIL, "Sending is rock solid, analytics are useless. Half and half.", "neutral"),
    (EMAIL, "we recommend you to all our clients, we are an agency. the multi account setup is perfect for us", "positive"),
]

COMMENTS += [
    # --- batch 9: mixed product kinds ---
    (TAX, "Your product is fine, the problem is your own invoicing: three wrong invoices in a row, and our AP team spent weeks sorting out credit notes with your billing department.", "negative"),
    (TREAS, "The forecasting 'AI' is a black box. It told us we'd have a surplus in March and we ended up drawing on the revolver. I can't explain its numbers to our CFO, so we've stopped using it.", "negative"),
    (TREAS, "Our onboarding consultant left halfway through the project and the replacement started from zero. Eight months in, we still aren't live on all entities.", "negative"),
    (BILL, "Thank you to the whole team for the migration weekend. Not one invoice lost, not one customer charged twice.", "positive"),
    (CDP, "We left for Segment when the contract ended. Your team was lovely, the product just couldn't keep up with our event volume.", "negative"),
    (CDP, "waste of money", "negative"),
    (CDP, "Why can't I see which source a profile attribute came from? Every audit question from legal turns into a week of digging. This should have been there from day one.", "negative"),
    (SURV, "Why can't I copy a question between surveys? I rebuild the same demographic block every single time, it's maddening.", "negative"),
    (SURV, "Thanks for the 'upgrade' that moved every button I use. Really needed that two days before our board readout.", "negative"),
    (ITSM, "Our tickets to the vendor of our ticketing tool go unanswered for a week. The irony is not lost on us.", "negative"),
    (BDR, "We left for Veeam after the merger. Good luck.", "negative"),
    (EMAIL, "The DKIM setup docs were wrong for our DNS provider and your support kept sending us the same article. It took 3 weeks before we could send anything. Not impressed so far.", "negative"),
    (EMAIL, "Would love a Slack alert when a domain lands on a blocklist, but honestly our bigger issue is that nobody at your company answers our emails since our CSM left. We're a paying customer, not a free plan.", "negative"),
]
