# Hand-written evaluation comments for "Arcsolis", an invented SaaS for solar and battery installers.
# Each entry: (account, text, label, [(item, evidence), ...]). Typed one at a time; assemble.py only shuffles and numbers.

PERMIT = "Permit package generation"
IX = "Utility interconnection and PTO tracking"
SHADE = "Import of on-site shade measurements"
CREW = "Offline crew app with photo checklists"
LENDER = "Financing lender integrations"
SSO = "Single sign-on (SSO)"
XERO = "Xero integration"
BATT = "Battery backup load sizing"
API = "Public API and webhooks"
ESP = "Spanish language support"
COMM = "Sales commission tracking"
INV = "Equipment inventory tracking"

ACCOUNTS = [
    ("Meridian Sun Energy", 600000, "active"),
    ("Coastline Solar Group", 420000, "active"),
    ("Pinecrest Power Systems", 310000, "active"),
    ("Tallgrass Renewables", 250000, "active"),
    ("Bright Acre Solar", 140000, "active"),
    ("Keystone Roof & Solar", 95000, "active"),
    ("Halvorsen Electric", 82000, "active"),
    ("Red Mesa Solar", 70000, "active"),
    ("Northgate Energy Solutions", 58000, "active"),
    ("Sunward Home Energy", 46000, "active"),
    ("Bluewater Batteries & Solar", 38000, "active"),
    ("Ironwood Energy", 27000, "active"),
    ("Ortega Solar LLC", 24000, "active"),
    ("Dunmore Solar & Storage", 21000, "active"),
    ("Prairie Fire Solar", 19000, "active"),
    ("Kestrel Solar Co", 18000, "active"),
    ("Clearsky Electric", 16500, "active"),
    ("Greenlight Solar Installs", 15000, "active"),
    ("Mapleleaf Solar", 14000, "active"),
    ("Elektro Brandt GmbH", 13000, "active"),
    ("Hollis & Daughters Electrical", 12000, "active"),
    ("Tidewater Solar", 11000, "active"),
    ("Brecon Renewables", 10500, "active"),
    ("Wattle Energy", 9500, "active"),
    ("Sol y Techo Instalaciones", 9000, "active"),
    ("Solaire Provence", 8500, "active"),
    ("Southern Cross Solar", 8000, "active"),
    ("Kiwi Sun Installations", 7200, "active"),
    ("Cobalt Bay Solar", 6500, "active"),
    ("Fenland Solar", 6000, "active"),
    ("Summit Peak Energy", 48000, "churned"),
    ("High Desert Solar", 32000, "churned"),
    ("Lakeshore Sun Co", 12000, "churned"),
    ("Atlas Home Power", 180000, "lost"),
    ("Valley Oak Solar", 75000, "lost"),
    ("Rivermark Electric", 22000, "lost"),
]

COMMENTS = []
c = COMMENTS.append

# ---- batch 1 ----
c(("Meridian Sun Energy",
   "We have 400+ users across six states and every one of them has yet another password to remember. Our IT director has asked three times now when we can log in through Okta. Until then onboarding a new rep takes a day of tickets.",
   "neutral", [(SSO, "when we can log in through Okta")]))
c(("Wattle Energy",
   "Love the design tool, the proposals look miles better than what we had. Xero please!! We're double keying every invoice.",
   "positive", [(XERO, "Xero please!!")]))
c(("Keystone Roof & Solar",
   "our permit coordinator still builds every plan set by hand in AutoCAD, roof layout, SLD, placards, the lot. you already have the design, why can't it spit out the permit packet",
   "neutral", [(PERMIT, "why can't it spit out the permit packet")]))
c(("Ortega Solar LLC",
   "Support answered in 10 minutes on a Saturday when our proposal wouldn't load. That's why the 10.",
   "positive", []))
c(("Bright Acre Solar",
   "The part of our job that has no home in Arcsolis is the utility side. We submit interconnection apps on four different utility portals and track PTO in a spreadsheet that one person understands. If you could track IX status per project with the dates and the utility's reference number, that spreadsheet could finally die.",
   "neutral", [(IX, "If you could track IX status per project with the dates and the utility's reference number")]))
c(("Red Mesa Solar",
   "Any plans to import SunEye files? Our surveyors take readings on every roof and then the designer types the solar access numbers in again. Same numbers twice, and someone always fat-fingers one.",
   "neutral", [(SHADE, "Any plans to import SunEye files?")]))
c(("Halvorsen Electric",
   "Crews hate the survey form on the phone. It's fine in town but half our installs are out where there's no bars and it just spins. Need something that works offline on the roof with the checklist and the photos, syncs when they're back at the truck.",
   "negative", [(CREW, "Need something that works offline on the roof with the checklist and the photos")]))
c(("Sunward Home Energy",
   "We went from 3 weeks to 9 days lead-to-signature with Arcsolis, big win. Only thing: our reps still jump over to the GoodLeap portal to run the credit app. Having that inside the proposal would be perfect.",
   "positive", [(LENDER, "our reps still jump over to the GoodLeap portal to run the credit app. Having that inside the proposal would be perfect")]))
c(("Kestrel Solar Co",
   "its fine. does what we need",
   "neutral", []))
c(("Coastline Solar Group",
   "Our security review flagged that Arcsolis is one of two systems not behind our Azure AD. It will be a condition at renewal next year. Not a threat, just where we are.",
   "neutral", [(SSO, "Arcsolis is one of two systems not behind our Azure AD")]))
c(("Kiwi Sun Installations",
   "Does it talk to Xero yet? We're a 4 person outfit and I do the books at night, the QuickBooks only sync doesnt help us. Otherwise its been good, the proposals win us jobs.",
   "positive", [(XERO, "Does it talk to Xero yet?")]))
c(("Sol y Techo Instalaciones",
   "El programa va bien para los presupuestos, pero seguimos pasando las facturas a mano porque no se conecta con Xero. Si lo conectarais con Xero lo recomendaría sin dudar.",
   "neutral", [(XERO, "Si lo conectarais con Xero lo recomendaría sin dudar")]))
c(("Greenlight Solar Installs",
   "Photos from the site survey upload sideways on iPhone half the time. Reported it twice. Support says it's fixed in the next release, we'll see.",
   "negative", []))
c(("Valley Oak Solar",
   "We picked SunLedger. Their demo generated a full permit set, site plan, SLD and spec sheets, from the design in about two minutes, and your team said that's 'on the roadmap'. Everything else was comparable.",
   "negative", [(PERMIT, "Their demo generated a full permit set, site plan, SLD and spec sheets, from the design in about two minutes")]))
c(("Pinecrest Power Systems",
   "Our design team flies a drone on every commercial roof and processes it in Scanifly. Right now that model lives in one place and the Arcsolis design in another, and the shade numbers don't match, which is a fun conversation to have with a customer. Importing the Scanifly shade report straight into the design would save us real money.",
   "neutral", [(SHADE, "Importing the Scanifly shade report straight into the design would save us real money")]))
c(("Tallgrass Renewables",
   "Our VP of ops thinks we should move everything to Salesforce. I disagree, Arcsolis fits how installers actually work and the crews finally use the calendar. He'll come round.",
   "positive", []))
c(("Ironwood Energy",
   "mosaic integration pls",
   "neutral", [(LENDER, "mosaic integration pls")]))
c(("Tidewater Solar",
   "Would be great if the install crew could tick off the commissioning checklist and snap the photos from the phone, even in a basement with no signal. Right now it's a clipboard and I retype it. I'd pay for that add-on tomorrow.",
   "neutral", [(CREW, "Would be great if the install crew could tick off the commissioning checklist and snap the photos from the phone, even in a basement with no signal")]))
c(("Northgate Energy Solutions",
   "PTO dates!! We have 60 systems sitting installed waiting on the utility and no way to see which ones in Arcsolis. Our ops manager keeps it on a whiteboard.",
   "negative", [(IX, "PTO dates!!")]))
c(("Southern Cross Solar",
   "Good value for a small team. Two things would make it a 10: a Xero link, and some way to know how many panels and inverters are sitting in the shed before we order more.",
   "positive", [(XERO, "a Xero link"), (INV, "some way to know how many panels and inverters are sitting in the shed before we order more")]))

# ---- batch 2 ----
c(("Meridian Sun Energy",
   "Great platform for our scale, genuinely. The only sore point is access: when a rep leaves we have to remember to deactivate them in Arcsolis separately, and twice now we've found ex-employees with a working login weeks later. SAML SSO with SCIM provisioning would close that.",
   "positive", [(SSO, "SAML SSO with SCIM provisioning would close that")]))
c(("Brecon Renewables",
   "We don't use Xero or QuickBooks, our accountant works off the CSV export and that's fine. Scheduling is what sold us, the crew calendar is brilliant.",
   "positive", []))
c(("Coastline Solar Group",
   "Permitting is our bottleneck. We have 11 people whose job is essentially redrawing what the designer already drew, in whatever format each AHJ wants. Auto-generated plan sets, even if only for our top 20 jurisdictions, would change our staffing plan.",
   "neutral", [(PERMIT, "Auto-generated plan sets, even if only for our top 20 jurisdictions")]))
c(("Elektro Brandt GmbH",
   "Die Angebotserstellung ist super, die Kunden mögen die PDFs. Was fehlt, ist die Netzanmeldung. Wir möchten sehen, wo jeder Antrag beim Netzbetreiber steht, und nicht in fünf Portalen nachschauen.",
   "positive", [(IX, "Wir möchten sehen, wo jeder Antrag beim Netzbetreiber steht, und nicht in fünf Portalen nachschauen")]))
c(("Clearsky Electric",
   "How do I copy a design from one proposal option to another? I keep redrawing the array for the battery option.",
   "neutral", []))
c(("Atlas Home Power",
   "We ran a 60-day pilot. Design and scheduling were fine, but our whole sales motion is loan-driven, and Voltrail pushes the deal to Sunlight and GoodLeap and shows the stips back in the deal. That decided it.",
   "negative", [(LENDER, "Voltrail pushes the deal to Sunlight and GoodLeap and shows the stips back in the deal")]))
c(("Kestrel Solar Co",
   "is there a way to upload the aurora shade report? we buy aurora designs for the tricky roofs",
   "neutral", [(SHADE, "is there a way to upload the aurora shade report?")]))
c(("Cobalt Bay Solar",
   "Just me and two installers. Xero is where my life is. Arcsolis is nice but I can't justify two systems that don't talk to each other forever.",
   "neutral", [(XERO, "Xero is where my life is. Arcsolis is nice but I can't justify two systems that don't talk to each other forever")]))
c(("Bright Acre Solar",
   "Our install managers want a real app for the crews. Punch list, torque values, labelled photos of every string, homeowner signature at the end. The survey web form isn't built for that and nobody on a roof wants to pinch-zoom.",
   "neutral", [(CREW, "Our install managers want a real app for the crews")]))
c(("Prairie Fire Solar",
   "Price went up 18% at renewal with nothing new that we use. Not thrilled. Renewal is in August and we're looking around.",
   "negative", []))
c(("Ironwood Energy",
   "we need interconnection tracking, the utilities are killing us",
   "neutral", [(IX, "we need interconnection tracking")]))
c(("Bluewater Batteries & Solar",
   "Half our jobs are battery-only retrofits now. The design tool treats the battery as a line item, there's no way to pick backup loads and see how many hours a Powerwall carries the fridge and the well pump. We do that in a spreadsheet and paste the result into the proposal.",
   "neutral", [(BATT, "there's no way to pick backup loads and see how many hours a Powerwall carries the fridge and the well pump")]))
c(("Pinecrest Power Systems",
   "Google Workspace login, please.",
   "neutral", [(SSO, "Google Workspace login, please.")]))
c(("Red Mesa Solar",
   "Love the tool, and the design-to-proposal flow is the best we've used. Next step has to be the plan set: single line, three line, placards, all from the design we already did.",
   "positive", [(PERMIT, "Next step has to be the plan set: single line, three line, placards, all from the design we already did")]))
c(("Tallgrass Renewables",
   "We're rolling Arcsolis out to our Texas branch next quarter, 40 more seats. Onboarding for the first branch went well.",
   "positive", []))
c(("Solaire Provence",
   "Très bon outil pour les devis. Par contre nos poseurs n'ont pas de réseau sur les toits à la campagne, il faudrait une appli qui fonctionne hors ligne pour les photos et la check-list de mise en service.",
   "positive", [(CREW, "il faudrait une appli qui fonctionne hors ligne pour les photos et la check-list de mise en service")]))
c(("Fenland Solar",
   "Everything good except the accounts side. We're a Xero shop like most small firms over here, and exporting CSVs every Friday is getting old. Small thing, but it's every week.",
   "neutral", [(XERO, "We're a Xero shop like most small firms over here, and exporting CSVs every Friday is getting old")]))
c(("Keystone Roof & Solar",
   "Any chance of a Dividend Finance hookup? The loan calculator is cute but the rep still has to rekey the whole deal into the lender portal. Half our residential jobs go through Dividend.",
   "neutral", [(LENDER, "Any chance of a Dividend Finance hookup?")]))
c(("Summit Peak Energy",
   "We left for SunLedger in March. Permits and interconnection were 70% of our admin cost and Arcsolis did nothing there except give us a status column we had to update by hand. SunLedger builds the permit package and tracks every utility application through to PTO.",
   "negative", [(PERMIT, "SunLedger builds the permit package"), (IX, "tracks every utility application through to PTO")]))
c(("Northgate Energy Solutions",
   "The QuickBooks sync created duplicate customers again after the last update. Third time this year. Please fix it before we have to clean up 200 records again.",
   "negative", []))

# ---- batch 3 ----
c(("Coastline Solar Group",
   "Solmetric readings should flow into the production estimate instead of our designers overriding the TSRF by hand on every job",
   "neutral", [(SHADE, "Solmetric readings should flow into the production estimate")]))
c(("Meridian Sun Energy",
   "Install day is still run off paper travelers at most of our branches. We'd standardise on Arcsolis for install QA if the crews had something on their phone that worked without signal and forced the required photos before they could close out the job.",
   "neutral", [(CREW, "if the crews had something on their phone that worked without signal and forced the required photos before they could close out the job")]))
c(("Hollis & Daughters Electrical",
   "Xero integration and I'd give you a 10.",
   "neutral", [(XERO, "Xero integration")]))
c(("Ortega Solar LLC",
   "Onboarding took way longer than we were promised and our trainer changed twice. The product itself is solid now that we're live.",
   "neutral", []))
c(("Tallgrass Renewables",
   "Interconnection is where our cash gets stuck. We don't get paid the final milestone until PTO, and today nobody can tell me across 300 open jobs which ones are waiting on the utility, which got rejected, and which the utility just never answered. A utility tracker with reminders when an app sits too long is the single biggest thing you could build for us.",
   "neutral", [(IX, "A utility tracker with reminders when an app sits too long")]))
c(("Tallgrass Renewables",
   "Sign-in through Okta or Azure AD please, we ended up with both after the merger.",
   "neutral", [(SSO, "Sign-in through Okta or Azure AD please")]))
c(("Red Mesa Solar",
   "If we could send the credit application to Mosaic or GoodLeap right from the signed proposal and get the approval back on the project, I'd cancel two other subscriptions. Also Spanish proposals, half of Albuquerque asks for them.",
   "neutral", [(LENDER, "If we could send the credit application to Mosaic or GoodLeap right from the signed proposal and get the approval back on the project"), (ESP, "Also Spanish proposals")]))
c(("Mapleleaf Solar",
   "Best money we spend. The homeowner portal cut our 'where is my install' calls in half.",
   "positive", []))
c(("Halvorsen Electric",
   "Every AHJ around here wants its own permit packet and we're drowning in paperwork. Please auto-fill at least the standard forms from the design. The county bounced three of ours last month for a missing placard page.",
   "neutral", [(PERMIT, "Please auto-fill at least the standard forms from the design")]))
c(("Greenlight Solar Installs",
   "pls intergrate with xero, we dont use quickbooks",
   "neutral", [(XERO, "pls intergrate with xero")]))
c(("Dunmore Solar & Storage",
   "The satellite shading is ok for simple roofs but we've been burned twice on production guarantees. We measure on site with a SunEye anyway so let us bring those numbers in. A 6% production miss on a PPA is real money.",
   "neutral", [(SHADE, "We measure on site with a SunEye anyway so let us bring those numbers in")]))
c(("Clearsky Electric",
   "We don't need a crew app, our installers fill in the survey form in the truck afterwards and that works. What we need is for the price to stop going up every year. Third increase in three years.",
   "negative", []))
c(("Northgate Energy Solutions",
   "Any plans for a native iOS app for the installers? Offline, with the checklists",
   "neutral", [(CREW, "Any plans for a native iOS app for the installers? Offline, with the checklists")]))
c(("Sunward Home Energy",
   "Our reps are commission-only and they live in the pipeline. Two asks from the sales floor: show them their commission on each signed deal, and let them submit the loan app to Sunlight without leaving the proposal.",
   "neutral", [(COMM, "show them their commission on each signed deal"), (LENDER, "let them submit the loan app to Sunlight without leaving the proposal")]))
c(("Keystone Roof & Solar",
   "Is there a way to track the net metering application separately from the building permit? Right now I abuse the permit status column for both.",
   "neutral", [(IX, "Is there a way to track the net metering application separately from the building permit?")]))
c(("Tidewater Solar",
   "Does the job. Nothing to write home about.",
   "neutral", []))
c(("Lakeshore Sun Co",
   "We moved back to spreadsheets and Xero. For a 3-person company, paying for a system that can't even push an invoice to our accounting wasn't worth it.",
   "negative", [(XERO, "paying for a system that can't even push an invoice to our accounting wasn't worth it")]))
c(("Coastline Solar Group",
   "Our cyber insurance renewal asks whether every SaaS tool sits behind company single sign-on. For Arcsolis the answer is still no.",
   "neutral", [(SSO, "whether every SaaS tool sits behind company single sign-on. For Arcsolis the answer is still no")]))
c(("Kestrel Solar Co",
   "permit sets!!!",
   "neutral", [(PERMIT, "permit sets!!!")]))
c(("Bluewater Batteries & Solar",
   "Support tickets sit for days. When they do answer it's good, but days.",
   "negative", []))

# ---- batch 4 ----
c(("Halvorsen Electric",
   "We keep running out of rail mid-job because nobody knows what's actually on the shelf. Inventory by warehouse, tied to the jobs scheduled next week, would save us a lot of trips to the distributor.",
   "neutral", [(INV, "Inventory by warehouse, tied to the jobs scheduled next week")]))
c(("Bright Acre Solar",
   "Would love to drop our drone shade data in rather than trusting the satellite shading on trees it can't see.",
   "neutral", [(SHADE, "Would love to drop our drone shade data in rather than trusting the satellite shading")]))
c(("Ortega Solar LLC",
   "my guys take pics on their own phones and text them to me. then I upload them. every job. there has to be a better way",
   "negative", [(CREW, "my guys take pics on their own phones and text them to me")]))
c(("Wattle Energy",
   "The Enphase hand-over link is great, customers can see their system the day we commission it.",
   "positive", []))
c(("Pinecrest Power Systems",
   "For commercial jobs the utility interconnection study is the long pole. We need to see each application's stage, the utility's queue number, the study deposits and the expected PTO date in the project, not in a separate tracker.",
   "neutral", [(IX, "We need to see each application's stage, the utility's queue number, the study deposits and the expected PTO date in the project")]))
c(("Mapleleaf Solar",
   "Xero sync would be the cherry on top. Everything else is great.",
   "positive", [(XERO, "Xero sync would be the cherry on top")]))
c(("Ortega Solar LLC",
   "Sunlight Financial integration?",
   "neutral", [(LENDER, "Sunlight Financial integration?")]))
c(("Dunmore Solar & Storage",
   "Can we set different labour rates per crew in the quote? Couldn't find it in the settings.",
   "neutral", []))
c(("Meridian Sun Energy",
   "We'd cut two weeks off our install cycle if the permit set came out of the design automatically. Today the design is done on day 2 and the permit goes in on day 12 because drafting is backed up. Multiply that by 900 jobs a quarter.",
   "neutral", [(PERMIT, "if the permit set came out of the design automatically")]))
c(("Bluewater Batteries & Solar",
   "Two things. 1) import the shade report from the SunEye so the yield estimate is real, 2) backup load sizing for batteries. Everything else we can live with.",
   "neutral", [(SHADE, "import the shade report from the SunEye so the yield estimate is real"), (BATT, "backup load sizing for batteries")]))
c(("Pinecrest Power Systems",
   "IT here. We'd like SAML against Entra ID and role mapping from our groups, same as our other vendors do.",
   "neutral", [(SSO, "We'd like SAML against Entra ID and role mapping from our groups")]))
c(("Southern Cross Solar",
   "Bit pricey in AUD but it's saved us a part-time admin.",
   "positive", []))
c(("Prairie Fire Solar",
   "Ugh, the crew side. Checklists on paper, photos on personal phones, and when the inspector wants the torque photos we can't find them. PanelPath has an offline crew app that does exactly this. And GoodLeap in the proposal while you're at it.",
   "negative", [(CREW, "PanelPath has an offline crew app that does exactly this"), (LENDER, "And GoodLeap in the proposal while you're at it")]))
c(("Tidewater Solar",
   "tidewater does its books in xero, would be good if the invoices went across automaticaly",
   "neutral", [(XERO, "would be good if the invoices went across automaticaly")]))
c(("Sunward Home Energy",
   "Utility portal status in the job timeline. That's it, that's the request.",
   "neutral", [(IX, "Utility portal status in the job timeline")]))
c(("Ortega Solar LLC",
   "About 40% of our homeowners prefer Spanish. We translate the proposal PDF by hand every single time, so a Spanish template for the proposal and the homeowner portal would help a lot. Otherwise no complaints.",
   "positive", [(ESP, "a Spanish template for the proposal and the homeowner portal would help a lot")]))
c(("Meridian Sun Energy",
   "Our CSM Dana is fantastic, the QBRs are actually useful for once.",
   "positive", []))
c(("Clearsky Electric",
   "Our lender is Service Finance. Every job gets entered twice, once in Arcsolis and once in their portal, and the milestone funding requests are all manual. Would happily pay more for a proper integration.",
   "neutral", [(LENDER, "the milestone funding requests are all manual. Would happily pay more for a proper integration")]))
c(("Tallgrass Renewables",
   "we're paying an outside drafting firm $180 a set for permit drawings. if Arcsolis generated them we'd stop.",
   "neutral", [(PERMIT, "if Arcsolis generated them we'd stop")]))
c(("Fenland Solar",
   "Great product. Nothing to add.",
   "positive", []))

# ---- batch 5 ----
c(("Ironwood Energy",
   "Our designers use OpenSolar for quick shade checks and then redo the layout here. An import would save an hour a job.",
   "neutral", [(SHADE, "use OpenSolar for quick shade checks and then redo the layout here. An import would save an hour a job")]))
c(("Keystone Roof & Solar",
   "Our roofers are up from 7am with no wifi and spotty LTE. A checklist app that queues photos offline would save our install managers hours of chasing pictures. The office side of Arcsolis is great, the field side is where it falls down.",
   "neutral", [(CREW, "A checklist app that queues photos offline")]))
c(("Kestrel Solar Co",
   "Small shop here. The one thing missing for us is Xero, we'd even pay extra for it.",
   "neutral", [(XERO, "The one thing missing for us is Xero")]))
c(("Dunmore Solar & Storage",
   "PTO tracking is a mess. The utility emails whoever submitted, and three weeks later the homeowner calls asking why their system isn't on. Put the interconnection steps in the project and let us log the utility's responses.",
   "negative", [(IX, "Put the interconnection steps in the project and let us log the utility's responses")]))
c(("Meridian Sun Energy",
   "Honestly the product is great, 9 from me. The one thing from IT is that we can't enforce our own password policy or MFA because it isn't hooked to our identity provider.",
   "positive", [(SSO, "it isn't hooked to our identity provider")]))
c(("Elektro Brandt GmbH",
   "Der Support ist leider nur auf Englisch und nur zu US-Zeiten erreichbar. Für uns schwierig.",
   "negative", []))
c(("Bright Acre Solar",
   "Permitting and interconnection are two halves of the same headache. Generate the permit package from the design, then track the utility application in the same place, and we're done.",
   "neutral", [(PERMIT, "Generate the permit package from the design"), (IX, "track the utility application in the same place")]))
c(("Tallgrass Renewables",
   "Loan doc status from GoodLeap should show on the project. Our funding team spends every morning checking portals.",
   "neutral", [(LENDER, "Loan doc status from GoodLeap should show on the project")]))
c(("Ironwood Energy",
   "Been using it since January. Too early to say.",
   "neutral", []))
c(("Red Mesa Solar",
   "Commission tracking for our reps would be a nice add. Right now it's a Google Sheet built off your export.",
   "neutral", [(COMM, "Commission tracking for our reps would be a nice add")]))
c(("Wattle Energy",
   "G'day. If Arcsolis synced with Xero the job would show as paid when the invoice is paid and I'd stop ringing the office to check.",
   "neutral", [(XERO, "If Arcsolis synced with Xero")]))
c(("Mapleleaf Solar",
   "In winter our crews are on roofs at -20 with gloves on. Big buttons, works offline, photos tagged to the job. That's the crew app we'd want.",
   "neutral", [(CREW, "Big buttons, works offline, photos tagged to the job. That's the crew app we'd want")]))
c(("Hollis & Daughters Electrical",
   "We finance everything through our own credit union so the lender stuff doesn't matter to us. The scheduling board is what we use all day and it's great.",
   "positive", []))
c(("Rivermark Electric",
   "You lost us at design. Our surveyors use the SunEye on every job and you couldn't take the files, so we'd have had two numbers for every roof. Went with PanelPath.",
   "negative", [(SHADE, "Our surveyors use the SunEye on every job and you couldn't take the files")]))
c(("Dunmore Solar & Storage",
   "Is there any way to print a permit packet with the site plan and the spec sheets attached? We staple them together by hand.",
   "neutral", [(PERMIT, "Is there any way to print a permit packet with the site plan and the spec sheets attached?")]))
c(("High Desert Solar",
   "We closed our residential division, nothing to do with the software.",
   "negative", []))
c(("High Desert Solar",
   "Our permit coordinator quit and nobody else knew where the utility apps stood, because it was all in her inbox. Arcsolis had nowhere to keep it. That was part of why we moved on.",
   "negative", [(IX, "nobody else knew where the utility apps stood, because it was all in her inbox. Arcsolis had nowhere to keep it")]))
c(("Coastline Solar Group",
   "We need an API. Our BI team wants job milestones in Snowflake and right now someone exports CSVs by hand every Monday.",
   "neutral", [(API, "We need an API")]))
c(("Atlas Home Power",
   "Procurement needed SSO for a 200-seat rollout and it wasn't there.",
   "negative", [(SSO, "Procurement needed SSO for a 200-seat rollout")]))
c(("Prairie Fire Solar",
   "We switched from QuickBooks to Xero last year and now just export the invoices as a CSV, works fine for us. The design tool is the reason we stay.",
   "positive", []))

# ---- batch 6 ----
c(("Bluewater Batteries & Solar",
   "We'd move all our battery deals over to the proposal tool if it could pull a soft credit check through the lender.",
   "neutral", [(LENDER, "if it could pull a soft credit check through the lender")]))
c(("Coastline Solar Group",
   "Crew app with offline mode + photo checklist. We've asked our CSM twice.",
   "negative", [(CREW, "Crew app with offline mode + photo checklist")]))
c(("Pinecrest Power Systems",
   "The proposal builder is excellent, our close rate on commercial is up. Support has been hit and miss.",
   "neutral", []))
c(("Northgate Energy Solutions",
   "honestly the drafting backlog is our biggest problem and Arcsolis already knows the whole design. plan set generation please",
   "neutral", [(PERMIT, "plan set generation please")]))
c(("Ironwood Energy",
   "Stock tracking! We order from two distributors and never know what's in the van.",
   "neutral", [(INV, "Stock tracking!")]))
c(("Sunward Home Energy",
   "Can we get the shade from Aurora into the design somehow? Copying the monthly solar access by hand is error prone.",
   "neutral", [(SHADE, "Can we get the shade from Aurora into the design somehow?")]))
c(("Greenlight Solar Installs",
   "Most of our crew reads Spanish better than English. Two things: a Spanish version of the app, and a checklist they can use offline on the roof.",
   "neutral", [(ESP, "a Spanish version of the app"), (CREW, "a checklist they can use offline on the roof")]))
c(("Brecon Renewables",
   "Does what it says. The design tool took a while to learn.",
   "neutral", []))
c(("Clearsky Electric",
   "any plans to track interconnection? the PTO wait is where homeowners get angry and we have nothing to show them. also aurora shade import",
   "neutral", [(IX, "any plans to track interconnection?"), (SHADE, "also aurora shade import")]))
c(("Northgate Energy Solutions",
   "Please add lender integrations (GoodLeap, Mosaic). 80% of our deals are financed.",
   "neutral", [(LENDER, "Please add lender integrations (GoodLeap, Mosaic)")]))
c(("Kiwi Sun Installations",
   "Either a Xero connector or an open API so I can wire it up in Zapier myself.",
   "neutral", [(XERO, "a Xero connector"), (API, "an open API so I can wire it up in Zapier myself")]))
c(("Valley Oak Solar",
   "Your sales rep was great, honestly, it just wasn't the right fit for us at the time.",
   "negative", []))
c(("Tallgrass Renewables",
   "When you do the SSO work, please include just-in-time user creation, we add crews every spring.",
   "neutral", [(SSO, "When you do the SSO work, please include just-in-time user creation")]))
c(("Sol y Techo Instalaciones",
   "Necesitamos que genere la documentación para la legalización de la instalación (memoria técnica, esquema unifilar) directamente desde el diseño.",
   "neutral", [(PERMIT, "que genere la documentación para la legalización de la instalación (memoria técnica, esquema unifilar) directamente desde el diseño")]))
c(("Halvorsen Electric",
   "We bought a drone last year. It would be a lot more useful if the shade model from it could go straight into your designer instead of us eyeballing trees.",
   "neutral", [(SHADE, "if the shade model from it could go straight into your designer")]))
c(("Coastline Solar Group",
   "Love the product. SSO please, before our IT team makes me fill in another exception form.",
   "positive", [(SSO, "SSO please")]))
c(("Dunmore Solar & Storage",
   "We sell a lot of storage since NEM 3. Need proper battery sizing in the design: critical loads panel, backup hours, and the self-consumption numbers for the proposal.",
   "neutral", [(BATT, "Need proper battery sizing in the design")]))
c(("Meridian Sun Energy",
   "Webhooks when a project changes stage would let us retire the nightly export job our data team maintains.",
   "neutral", [(API, "Webhooks when a project changes stage")]))
c(("Keystone Roof & Solar",
   "Would be great to calculate rep commissions off the contract price minus adders. Our payroll person rebuilds it by hand every two weeks.",
   "neutral", [(COMM, "Would be great to calculate rep commissions off the contract price minus adders")]))
c(("Keystone Roof & Solar",
   "We had a rough start with the data migration from our old CRM, but the team stayed on it and we're in a good place now.",
   "positive", []))
