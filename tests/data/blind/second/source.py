"""Hand-written NPS comments for Samplora, an invented LIMS. Typed one entry at a time.

Each comment: (account, text, label, [(item, evidence), ...]).
"""

ACCOUNTS = [
    # (name, arr, status)
    ("Meridian Analytical Group", 600000, "active"),
    ("Northgate Environmental Laboratories", 420000, "active"),
    ("Castellan Food Safety", 310000, "active"),
    ("Bluewater Testing Services", 235000, "active"),
    ("Harrowfield Labs", 150000, "active"),
    ("Pinecrest Water Analytics", 118000, "active"),
    ("Laboratoire Vauclair", 84000, "active"),
    ("Redstone Cannabis Testing", 72000, "active"),
    ("Kettle River Labs", 64000, "active"),
    ("Summit Ridge Analytical", 58000, "active"),
    ("Alameda Quality Labs", 47000, "active"),
    ("Tidewater Environmental", 43000, "active"),
    ("Greenleaf Potency Labs", 38000, "active"),
    ("Prairie Grain Testing", 35000, "active"),
    ("Lakeshore Water Lab", 31000, "active"),
    ("Copperline Analytical", 28000, "active"),
    ("Emerald Valley Testing", 26000, "active"),
    ("High Desert Labs", 24000, "active"),
    ("Fenwick Dairy Lab", 22000, "active"),
    ("Wildflower Analytical", 21000, "active"),
    ("Coastal Shellfish Lab", 19500, "active"),
    ("Rocky Fork Water Testing", 18000, "active"),
    ("Sativa Science Labs", 17000, "active"),
    ("Brightwater Micro", 16000, "active"),
    ("Ironwood Environmental", 15000, "active"),
    ("Cascadia Cannabis Analytics", 14500, "active"),
    ("Labor Dr. Hellwig", 14000, "active"),
    ("Mile High Potency", 13000, "active"),
    ("Orchard Hill Food Lab", 12500, "active"),
    ("Trueleaf Testing", 12000, "active"),
    ("Riverbend Well Testing", 11000, "active"),
    ("Canopy Assurance Labs", 10500, "active"),
    ("Blackhawk Analytical", 9800, "active"),
    ("Sunflower State Labs", 9000, "active"),
    ("Delta Terpene Lab", 8400, "active"),
    ("Quarry Road Labs", 7800, "active"),
    ("Hempstead Analytical", 7000, "active"),
    ("Little Creek Water Lab", 6000, "active"),
    ("Granite Peak Laboratories", 96000, "churned"),
    ("Verdant Labs", 19000, "churned"),
    ("Saltmarsh Environmental", 27000, "churned"),
    ("Bayfront Food Testing", 44000, "churned"),
    ("Cordillera Analytical", 130000, "lost"),
    ("Agrolab del Norte", 52000, "lost"),
    ("Pioneer Cannabis Labs", 15000, "lost"),
]

# Canonical roadmap item names
SSO = "Single sign-on (SAML/OIDC)"
INST = "Instrument data import"
QC = "QC control charts"
AUD = "Result audit trail"
COC = "Electronic chain of custody"
REC = "Recurring sampling schedules"
XERO = "Xero integration"
METRC = "Metrc state reporting integration"
HOLD = "Holding time alerts"
INV = "Reagent and standards inventory"
PAY = "Card payments in client portal"
TFA = "Two-factor authentication"
CAN = "Canadian data hosting"
LANG = "Translated certificates of analysis"

COMMENTS = []
add = COMMENTS.append

# ---- batch 1: single sign-on ----
add(("Meridian Analytical Group",
     "Samplora has been solid across our four sites since the rollout. Two things IT keeps raising: we want people to log in with their Azure AD accounts instead of yet another password, and our QA lead needs a proper history of who changed a result and why before the next 17025 surveillance visit.",
     "positive",
     [(SSO, "we want people to log in with their Azure AD accounts instead of yet another password"),
      (AUD, "our QA lead needs a proper history of who changed a result and why")]))
add(("Meridian Analytical Group",
     "Our security review flagged that Samplora is one of the last apps outside Okta. Any plans for SAML SSO? It is on the renewal checklist this year.",
     "neutral",
     [(SSO, "Any plans for SAML SSO?")]))
add(("Meridian Analytical Group",
     "Offboarding is a mess. When a tech leaves we have to remember to disable them in Samplora by hand, and twice now a former employee still had access weeks later. Tie it into our identity provider so leavers are cut off automatically.",
     "negative",
     [(SSO, "Tie it into our identity provider so leavers are cut off automatically")]))
add(("Northgate Environmental Laboratories",
     "Score is a 7. The software does what we bought it for. For the next phase we need single sign-on, and the field crews are still handing over paper custody forms that someone rekeys at the front desk.",
     "neutral",
     [(SSO, "we need single sign-on"),
      (COC, "the field crews are still handing over paper custody forms that someone rekeys at the front desk")]))
add(("Northgate Environmental Laboratories",
     "Great support team, quick fixes. would love SSO with our Google Workspace accounts so the samplers stop resetting passwords every month",
     "positive",
     [(SSO, "would love SSO with our Google Workspace accounts")]))
add(("Northgate Environmental Laboratories",
     "Password resets are killing us. 140 users, each with a separate Samplora login that expires every 90 days. Our CIO will not sign the renewal without SSO.",
     "negative",
     [(SSO, "Our CIO will not sign the renewal without SSO")]))
add(("Castellan Food Safety",
     "It works. Corporate IT wants everything behind Entra ID sign-in by Q3, and finance asks every month when the invoices will flow into Xero rather than being exported to a spreadsheet.",
     "neutral",
     [(SSO, "Corporate IT wants everything behind Entra ID sign-in by Q3"),
      (XERO, "finance asks every month when the invoices will flow into Xero")]))
add(("Castellan Food Safety",
     "Best LIMS we've used, and the CoAs look professional. Only gap for us is login: one-click sign in through Microsoft like the rest of our tools.",
     "positive",
     [(SSO, "one-click sign in through Microsoft like the rest of our tools")]))
add(("Bluewater Testing Services",
     "Is there a way to use our Microsoft 365 logins for Samplora? Managing separate passwords for 60 people across two labs isn't sustainable.",
     "neutral",
     [(SSO, "Is there a way to use our Microsoft 365 logins for Samplora?")]))
add(("Bluewater Testing Services",
     "Very happy with the move from spreadsheets. SSO please!",
     "positive",
     [(SSO, "SSO please!")]))
add(("Harrowfield Labs",
     "Fine overall. Our parent company is rolling out Okta federation for every vendor app and Samplora isn't supported yet, which puts us in an awkward spot.",
     "neutral",
     [(SSO, "Our parent company is rolling out Okta federation for every vendor app and Samplora isn't supported yet")]))
add(("Harrowfield Labs",
     "9 because the team actually listens. SAML/OIDC login would close the last item on our IT audit.",
     "positive",
     [(SSO, "SAML/OIDC login would close the last item on our IT audit")]))
add(("Cordillera Analytical",
     "We chose LabHarbor in the end. Samplora demoed well but had no single sign-on, which our security team requires, and no Xero connector for our accounts team.",
     "negative",
     [(SSO, "had no single sign-on, which our security team requires"),
      (XERO, "no Xero connector for our accounts team")]))

# ---- batch 2: instrument data ----
add(("Meridian Analytical Group",
     "We still retype every reading off the ICP-MS printout into Samplora. With four sites and thousands of metals results a week that is where our transcription errors come from.",
     "negative",
     [(INST, "We still retype every reading off the ICP-MS printout into Samplora")]))
add(("Meridian Analytical Group",
     "Would be great if the Agilent ChemStation exports could drop straight into the result entry screen. Right now it's copy paste column by column.",
     "neutral",
     [(INST, "Would be great if the Agilent ChemStation exports could drop straight into the result entry screen")]))
add(("Castellan Food Safety",
     "Really like the new batch result entry. Next step would be pulling results directly from the HPLC so nobody has to type them.",
     "positive",
     [(INST, "pulling results directly from the HPLC so nobody has to type them")]))
add(("Pinecrest Water Analytics",
     "Any plans for instrument interfacing? We have a Thermo IC and a TOC analyzer that both spit out CSVs.",
     "neutral",
     [(INST, "Any plans for instrument interfacing?")]))
add(("Kettle River Labs",
     "Kettle River is happy, 9/10. Two wishes: parsers for our GC-MS result files, and two-factor on logins since our portal is open to clients.",
     "positive",
     [(INST, "parsers for our GC-MS result files"),
      (TFA, "two-factor on logins since our portal is open to clients")]))
add(("Kettle River Labs",
     "honestly the manual entry is the worst part. 300 micro plate counts a day typed by hand, one typo and the CoA is wrong. need a file upload from the colony counter at minimum",
     "negative",
     [(INST, "need a file upload from the colony counter at minimum")]))
add(("Summit Ridge Analytical",
     "Does the job for sample tracking. Instrument integration is the gap - we import nothing automatically.",
     "neutral",
     [(INST, "Instrument integration is the gap - we import nothing automatically")]))
add(("Tidewater Environmental",
     "Two requests from the bench: auto-import of the ICP-OES run files, and a way to set up the quarterly monitoring wells for each client once instead of logging them by hand every quarter.",
     "neutral",
     [(INST, "auto-import of the ICP-OES run files"),
      (REC, "a way to set up the quarterly monitoring wells for each client once instead of logging them by hand every quarter")]))
add(("Prairie Grain Testing",
     "Good value for a small grain lab. If the NIR analyzer could send protein and moisture results straight in, it would be perfect.",
     "positive",
     [(INST, "If the NIR analyzer could send protein and moisture results straight in")]))
add(("Copperline Analytical",
     "Second time this quarter a result was keyed wrong and went out on a certificate. Direct instrument upload isn't a nice-to-have for us anymore.",
     "negative",
     [(INST, "Direct instrument upload isn't a nice-to-have for us anymore")]))
add(("Ironwood Environmental",
     "We'd use it way more if it read the AA spectrometer output. Right now half the team keeps results in Excel and enters them at the end of the day.",
     "neutral",
     [(INST, "We'd use it way more if it read the AA spectrometer output")]))
add(("Quarry Road Labs",
     "love the portal, clients love it too. instrument data capture!!",
     "positive",
     [(INST, "instrument data capture!!")]))
add(("Labor Dr. Hellwig",
     "Die Software ist solide. Wir vermissen aber eine Schnittstelle zu unseren Geräten, die Messwerte vom GC werden immer noch abgetippt.",
     "neutral",
     [(INST, "Wir vermissen aber eine Schnittstelle zu unseren Geräten")]))
add(("Granite Peak Laboratories",
     "We moved all three labs to Benchwise. They read our instrument files out of the box and keep a full change history on every result; Samplora could do neither.",
     "negative",
     [(INST, "They read our instrument files out of the box"),
      (AUD, "keep a full change history on every result")]))
add(("Granite Peak Laboratories",
     "Left because our analysts spent an hour a day transcribing chromatography results. A LIMS that cannot capture from the CDS isn't saving us anything.",
     "negative",
     [(INST, "A LIMS that cannot capture from the CDS isn't saving us anything")]))
add(("Bayfront Food Testing",
     "Cancelled at renewal. No connection to the lab instruments and no Xero sync meant double entry on both ends of the business.",
     "negative",
     [(INST, "No connection to the lab instruments"),
      (XERO, "no Xero sync")]))

# ---- batch 3: QC charts ----
add(("Northgate Environmental Laboratories",
     "We need Levey-Jennings charts for the check standards. At the moment QC data is exported and charted in Excel every week.",
     "neutral",
     [(QC, "We need Levey-Jennings charts for the check standards")]))
add(("Northgate Environmental Laboratories",
     "Great product overall. Would be great to see control charts with Westgard rules flagged automatically.",
     "positive",
     [(QC, "Would be great to see control charts with Westgard rules flagged automatically")]))
add(("Bluewater Testing Services",
     "QC trend charts!!! Our auditor asks to see trending of the LCS recoveries every visit.",
     "positive",
     [(QC, "QC trend charts!!!")]))
add(("Bluewater Testing Services",
     "Is there a way to plot spike recoveries over time inside Samplora? We can see pass/fail per batch but not the drift.",
     "neutral",
     [(QC, "Is there a way to plot spike recoveries over time inside Samplora?")]))
add(("Harrowfield Labs",
     "The QC module is half done. It tells me a blank failed, it doesn't show me that the blanks have been creeping up for three weeks. Shewhart charts, warning and control limits. This is basic lab stuff.",
     "negative",
     [(QC, "Shewhart charts, warning and control limits")]))
add(("Harrowfield Labs",
     "Fine for sample management. Please add x-bar charts for duplicate RPDs per analyst.",
     "neutral",
     [(QC, "Please add x-bar charts for duplicate RPDs per analyst")]))
add(("Laboratoire Vauclair",
     "Très bon logiciel, l'équipe est contente. Il nous manque seulement des cartes de contrôle pour suivre nos témoins d'une série à l'autre.",
     "positive",
     [(QC, "Il nous manque seulement des cartes de contrôle pour suivre nos témoins d'une série à l'autre")]))
add(("Alameda Quality Labs",
     "we run 3 control samples per batch and have no way to trend them in the system. control charting pls",
     "neutral",
     [(QC, "control charting pls")]))
add(("Lakeshore Water Lab",
     "Our ELAP assessor wrote us up for not reviewing QC trends. A trend chart per analyte with the mean and 2SD/3SD lines would fix that.",
     "neutral",
     [(QC, "A trend chart per analyte with the mean and 2SD/3SD lines would fix that")]))
add(("Fenwick Dairy Lab",
     "Fenwick loves the barcode labels. If we could see our plate count controls on a chart month to month we'd be set.",
     "positive",
     [(QC, "If we could see our plate count controls on a chart month to month")]))
add(("Coastal Shellfish Lab",
     "Decent. Missing statistical QC, we keep a separate spreadsheet for control limits.",
     "neutral",
     [(QC, "Missing statistical QC")]))
add(("Rocky Fork Water Testing",
     "Easy to use and cheap. QC charting would be a nice addition.",
     "positive",
     [(QC, "QC charting would be a nice addition")]))
add(("Brightwater Micro",
     "Every month I export the positive control results and build the graphs myself. Three years on Samplora and still no charts.",
     "negative",
     [(QC, "Every month I export the positive control results and build the graphs myself")]))
add(("Orchard Hill Food Lab",
     "Any chance of control charts for the reference material results? Auditor asked about it again.",
     "neutral",
     [(QC, "Any chance of control charts for the reference material results?")]))
add(("Little Creek Water Lab",
     "small lab, big help. would love a simple QC graph so I can show the inspector my standards are in control",
     "positive",
     [(QC, "would love a simple QC graph")]))
add(("Saltmarsh Environmental",
     "We left for Quantora. Their QC trending and the recurring sample schedules for our municipal clients were the deciding factors.",
     "negative",
     [(QC, "Their QC trending"),
      (REC, "the recurring sample schedules for our municipal clients")]))

# ---- batch 4: audit trail ----
add(("Meridian Analytical Group",
     "Our 17025 assessor found that results can be edited after approval with no trace of the original value. That was a nonconformance. We need a real audit trail, not a 'last modified by' field.",
     "negative",
     [(AUD, "We need a real audit trail, not a 'last modified by' field")]))
add(("Meridian Analytical Group",
     "Please add reason-for-change prompts when someone amends an approved result, and keep the old value visible. Corporate quality is asking.",
     "neutral",
     [(AUD, "Please add reason-for-change prompts when someone amends an approved result, and keep the old value visible")]))
add(("Pinecrest Water Analytics",
     "Pinecrest has been happy for three years. Wishlist: an edit history on results that an auditor can read, and a warning when a sample is getting close to its hold time.",
     "positive",
     [(AUD, "an edit history on results that an auditor can read"),
      (HOLD, "a warning when a sample is getting close to its hold time")]))
add(("Pinecrest Water Analytics",
     "We can't find any way to show an assessor who changed a reported value and when. If it isn't tracked, it should be.",
     "neutral",
     [(AUD, "We can't find any way to show an assessor who changed a reported value and when")]))
add(("Kettle River Labs",
     "Audit log for result edits please. ISO 17025 clauses 7.5 and 7.11 basically require it.",
     "neutral",
     [(AUD, "Audit log for result edits please")]))
add(("Tidewater Environmental",
     "Someone overwrote a lead result last month and there was no way to see what it was before. For an accredited lab that's scary.",
     "negative",
     [(AUD, "Someone overwrote a lead result last month and there was no way to see what it was before")]))
add(("Emerald Valley Testing",
     "Love how fast CoAs go out. The state inspectors want to see change history on potency results though, would be huge if Samplora tracked that.",
     "positive",
     [(AUD, "The state inspectors want to see change history on potency results though, would be huge if Samplora tracked that")]))
add(("Ironwood Environmental",
     "Need 21 CFR Part 11 style audit trails (who, what, when, why) for a pharma client we're onboarding.",
     "neutral",
     [(AUD, "Need 21 CFR Part 11 style audit trails")]))
add(("Labor Dr. Hellwig",
     "Für die DAkkS-Begehung brauchen wir eine lückenlose Änderungshistorie der Ergebnisse. Außerdem wären Prüfberichte auf Deutsch schön, unsere Kunden fragen danach.",
     "neutral",
     [(AUD, "brauchen wir eine lückenlose Änderungshistorie der Ergebnisse"),
      (LANG, "wären Prüfberichte auf Deutsch schön")]))
add(("Sativa Science Labs",
     "traceability of edits. if a result gets changed i want to know who did it",
     "neutral",
     [(AUD, "if a result gets changed i want to know who did it")]))
add(("Sunflower State Labs",
     "Great value. The one thing our QA manager keeps asking for is a record of every change to a result, with the reason.",
     "positive",
     [(AUD, "a record of every change to a result, with the reason")]))
add(("Quarry Road Labs",
     "Our accreditation body asked about data integrity controls. Samplora lets anyone with the reviewer role change a final result silently.",
     "neutral",
     [(AUD, "Samplora lets anyone with the reviewer role change a final result silently")]))
add(("Hempstead Analytical",
     "Any plans for an audit trail? Our state regs require one for any change to reported data.",
     "neutral",
     [(AUD, "Any plans for an audit trail?")]))
add(("Cordillera Analytical",
     "Lost us at the validation stage. Our quality team needed electronic records with a complete audit trail and Samplora's answer was 'on the roadmap'.",
     "negative",
     [(AUD, "Our quality team needed electronic records with a complete audit trail")]))

# ---- batch 5: chain of custody ----
add(("Northgate Environmental Laboratories",
     "Electronic COC would save our receiving desk hours. Samplers sign on a tablet at the site, custody transfers get logged, and the sample is already in the system when the cooler arrives.",
     "neutral",
     [(COC, "Electronic COC would save our receiving desk hours")]))
add(("Harrowfield Labs",
     "Please add digital chain-of-custody with signatures for each hand-off.",
     "neutral",
     [(COC, "Please add digital chain-of-custody with signatures for each hand-off")]))
add(("Harrowfield Labs",
     "Still scanning paper custody forms and attaching the PDF to each sample. It's the 2020s, come on.",
     "negative",
     [(COC, "Still scanning paper custody forms and attaching the PDF to each sample")]))
add(("Pinecrest Water Analytics",
     "Good system. An e-COC that clients fill in on the portal before they drop off bottles would be fantastic.",
     "positive",
     [(COC, "An e-COC that clients fill in on the portal before they drop off bottles would be fantastic")]))
add(("Pinecrest Water Analytics",
     "Our drivers need to record custody transfers when they pick up from clients. Is that something on the roadmap?",
     "neutral",
     [(COC, "Our drivers need to record custody transfers when they pick up from clients")]))
add(("Lakeshore Water Lab",
     "Two asks from Lakeshore: let us sign the chain of custody electronically at receipt, and let the monthly compliance samples for each water system generate themselves.",
     "neutral",
     [(COC, "let us sign the chain of custody electronically at receipt"),
      (REC, "let the monthly compliance samples for each water system generate themselves")]))
add(("Rocky Fork Water Testing",
     "samplora is great for a 3 person lab. custody forms on the phone instead of carbon copies would be awesome",
     "positive",
     [(COC, "custody forms on the phone instead of carbon copies would be awesome")]))
add(("Rocky Fork Water Testing",
     "Paperless chain of custody?",
     "neutral",
     [(COC, "Paperless chain of custody?")]))
add(("Coastal Shellfish Lab",
     "Shellfish samples come in with custody sheets that are half illegible after a day on ice. We keep asking for e-signatures on intake.",
     "negative",
     [(COC, "We keep asking for e-signatures on intake")]))
add(("Ironwood Environmental",
     "Support is excellent, onboarding was easy. Next on our list: sampler signatures captured electronically on the custody record.",
     "positive",
     [(COC, "sampler signatures captured electronically on the custody record")]))
add(("Riverbend Well Testing",
     "Homeowners drop off well water with a paper COC where half the fields are blank. An online custody form they fill in before the drop-off would fix that.",
     "neutral",
     [(COC, "An online custody form they fill in before the drop-off would fix that")]))
add(("Little Creek Water Lab",
     "chain of custody in the app pls. paper gets wet",
     "neutral",
     [(COC, "chain of custody in the app pls")]))
add(("Sunflower State Labs",
     "We'd drop the carbon-copy custody books in a heartbeat if Samplora had e-signatures for relinquished by / received by.",
     "neutral",
     [(COC, "We'd drop the carbon-copy custody books in a heartbeat if Samplora had e-signatures for relinquished by / received by")]))
add(("Saltmarsh Environmental",
     "Our municipal contracts required electronic custody records and Samplora only supports attaching a scan. That was part of why we moved.",
     "negative",
     [(COC, "Our municipal contracts required electronic custody records")]))
add(("Bayfront Food Testing",
     "Cancelled. The receiving team wanted a custody log that follows the sample from the client's truck to the bench, and all we had was a scanned PDF.",
     "negative",
     [(COC, "a custody log that follows the sample from the client's truck to the bench")]))

# ---- batch 6: recurring sampling ----
add(("Bluewater Testing Services",
     "We test the same 40 municipal sites every month. Please let us set up a recurring schedule so the samples and labels are created automatically.",
     "neutral",
     [(REC, "Please let us set up a recurring schedule so the samples and labels are created automatically")]))
add(("Bluewater Testing Services",
     "Customer since 2019 and still happy. Standing orders for repeat clients would be the next big win.",
     "positive",
     [(REC, "Standing orders for repeat clients would be the next big win")]))
add(("Laboratoire Vauclair",
     "Est-ce possible de planifier les prélèvements récurrents (hebdomadaires, mensuels) pour nos clients municipaux? On les recrée à la main chaque mois.",
     "neutral",
     [(REC, "Est-ce possible de planifier les prélèvements récurrents (hebdomadaires, mensuels) pour nos clients municipaux?")]))
add(("Lakeshore Water Lab",
     "Every first Monday I log the same 85 bacti samples for the same systems by hand. Tedious.",
     "negative",
     [(REC, "Every first Monday I log the same 85 bacti samples for the same systems by hand")]))
add(("Kettle River Labs",
     "Any plans for sampling calendars? Our routes repeat every week and the schedule lives in Outlook right now.",
     "neutral",
     [(REC, "Any plans for sampling calendars?")]))
add(("Rocky Fork Water Testing",
     "we'd like to schedule quarterly well tests for our regulars and have samplora remind them + create the samples",
     "neutral",
     [(REC, "we'd like to schedule quarterly well tests for our regulars")]))
add(("Riverbend Well Testing",
     "Easy to learn, my staff picked it up in a day. Recurring sample templates would save me an afternoon a week.",
     "positive",
     [(REC, "Recurring sample templates would save me an afternoon a week")]))
add(("Little Creek Water Lab",
     "Same 12 systems every month. Auto-create them?",
     "neutral",
     [(REC, "Same 12 systems every month. Auto-create them?")]))
add(("Fenwick Dairy Lab",
     "Love the dairy panel setup. Could Samplora generate the weekly raw milk samples for each farm on a schedule?",
     "positive",
     [(REC, "Could Samplora generate the weekly raw milk samples for each farm on a schedule?")]))
add(("Prairie Grain Testing",
     "Harvest season we get the same elevators sending samples daily. A repeating sample plan per client would help.",
     "neutral",
     [(REC, "A repeating sample plan per client would help")]))
add(("Prairie Grain Testing",
     "The portal saves us a lot of phone calls. Recurring jobs please.",
     "positive",
     [(REC, "Recurring jobs please")]))
add(("Brightwater Micro",
     "Environmental monitoring swabs in our clients' plants follow a fixed weekly rotation. We'd like to load the rotation once and have the swab samples appear each week.",
     "neutral",
     [(REC, "We'd like to load the rotation once and have the swab samples appear each week")]))
add(("Agrolab del Norte",
     "Elegimos otro sistema. Necesitábamos programar muestreos periódicos para nuestros clientes agrícolas y Samplora no lo permite.",
     "negative",
     [(REC, "Necesitábamos programar muestreos periódicos para nuestros clientes agrícolas")]))

# ---- batch 7: Xero ----
add(("Castellan Food Safety",
     "Our bookkeeper exports invoices to CSV and imports them into Xero every Friday, and every Friday something doesn't match. Your QuickBooks users get a live sync, why don't we?",
     "negative",
     [(XERO, "Your QuickBooks users get a live sync, why don't we?")]))
add(("Summit Ridge Analytical",
     "Invoicing module is OK. We'd move invoicing entirely into Samplora if it talked to Xero.",
     "neutral",
     [(XERO, "We'd move invoicing entirely into Samplora if it talked to Xero")]))
add(("Summit Ridge Analytical",
     "Best decision we made last year. Xero integration next please :)",
     "positive",
     [(XERO, "Xero integration next please")]))
add(("Copperline Analytical",
     "Does Samplora push invoices to Xero? We only see QuickBooks in the settings.",
     "neutral",
     [(XERO, "Does Samplora push invoices to Xero?")]))
add(("Copperline Analytical",
     "Billing is double entry for us: invoice in Samplora, then again in Xero. Not great for a 4-person lab.",
     "negative",
     [(XERO, "invoice in Samplora, then again in Xero")]))
add(("Orchard Hill Food Lab",
     "Really pleased with it. Xero connector.",
     "positive",
     [(XERO, "Xero connector")]))
add(("Orchard Hill Food Lab",
     "Our accountant is asking whether we can get paid-invoice status back from Xero into the client accounts.",
     "neutral",
     [(XERO, "get paid-invoice status back from Xero into the client accounts")]))
add(("Brightwater Micro",
     "Sync with xero would be handy",
     "neutral",
     [(XERO, "Sync with xero would be handy")]))
add(("High Desert Labs",
     "CoA layout is the best we've seen. Hook it up to Xero and we'd never leave.",
     "positive",
     [(XERO, "Hook it up to Xero and we'd never leave")]))
add(("High Desert Labs",
     "Our accounting moved from QuickBooks to Xero in January, so the sync we used to rely on is useless now. Please support Xero too.",
     "neutral",
     [(XERO, "Please support Xero too")]))
add(("Cascadia Cannabis Analytics",
     "we use xero for everything. any xero integration planned?",
     "neutral",
     [(XERO, "any xero integration planned?")]))
add(("Wildflower Analytical",
     "Fast, simple, good support. An integration with Xero for invoices would make month-end painless.",
     "positive",
     [(XERO, "An integration with Xero for invoices would make month-end painless")]))
add(("Quarry Road Labs",
     "Xero link for invoices + payments?",
     "neutral",
     [(XERO, "Xero link for invoices + payments?")]))

# ---- batch 8: Metrc ----
add(("Redstone Cannabis Testing",
     "Redstone runs on Samplora and it's been great. Two asks: push results to Metrc so we stop re-entering them in the state system, and track our reference standards and their expiry dates.",
     "positive",
     [(METRC, "push results to Metrc so we stop re-entering them in the state system"),
      (INV, "track our reference standards and their expiry dates")]))
add(("Redstone Cannabis Testing",
     "Manual Metrc uploads are costing us a full-time person. Every potency, pesticide and micro result gets typed twice.",
     "negative",
     [(METRC, "Manual Metrc uploads are costing us a full-time person")]))
add(("Greenleaf Potency Labs",
     "Metrc integration is the #1 thing for cannabis labs. Quantora has it.",
     "neutral",
     [(METRC, "Metrc integration is the #1 thing for cannabis labs")]))
add(("Emerald Valley Testing",
     "Is there a way to send lab results to METRC directly from Samplora?",
     "neutral",
     [(METRC, "Is there a way to send lab results to METRC directly from Samplora?")]))
add(("High Desert Labs",
     "We're happy. State track-and-trace reporting would make Samplora a no-brainer for every lab in the state.",
     "positive",
     [(METRC, "State track-and-trace reporting would make Samplora a no-brainer for every lab in the state")]))
add(("Wildflower Analytical",
     "we still key every COA into the seed-to-sale system by hand. API push to metrc?",
     "neutral",
     [(METRC, "API push to metrc?")]))
add(("Sativa Science Labs",
     "Sativa Science is evaluating Quantora purely because it reports straight to Metrc. Fix that or we'll probably move at renewal.",
     "negative",
     [(METRC, "because it reports straight to Metrc")]))
add(("Cascadia Cannabis Analytics",
     "Works well for us. Only wish: Metrc sync for lab test results.",
     "positive",
     [(METRC, "Metrc sync for lab test results")]))
add(("Mile High Potency",
     "Colorado requires results in Metrc within a day. Uploading the CSVs ourselves is error prone, a direct connection would help a lot.",
     "neutral",
     [(METRC, "Uploading the CSVs ourselves is error prone, a direct connection would help a lot")]))
add(("Trueleaf Testing",
     "Trueleaf loves the CoA templates!! metrc integration would make it perfect",
     "positive",
     [(METRC, "metrc integration would make it perfect")]))
add(("Canopy Assurance Labs",
     "Any plans for METRC? it's all our clients ask about",
     "neutral",
     [(METRC, "Any plans for METRC?")]))
add(("Blackhawk Analytical",
     "We pay for a LIMS and still do state reporting by hand. Not impressed.",
     "negative",
     [(METRC, "still do state reporting by hand")]))
add(("Delta Terpene Lab",
     "Terpene and potency results need to be in the state tracking system (Metrc) before the batch can be sold. Right now that's a manual step for us.",
     "neutral",
     [(METRC, "Terpene and potency results need to be in the state tracking system (Metrc) before the batch can be sold")]))
add(("Hempstead Analytical",
     "Nice product and cheap. Metrc!!",
     "positive",
     [(METRC, "Metrc!!")]))
add(("Verdant Labs",
     "We switched to Quantora because they submit results to Metrc automatically. Samplora was fine otherwise.",
     "negative",
     [(METRC, "they submit results to Metrc automatically")]))
add(("Pioneer Cannabis Labs",
     "Went with Quantora. Their Metrc connector was a hard requirement for us as a new licensed lab.",
     "negative",
     [(METRC, "Their Metrc connector was a hard requirement")]))

# ---- batch 9: long tail ----
add(("Coastal Shellfish Lab",
     "hold time alarms for our shellfish and water samples would help, we nearly blew a 30-hour micro hold last week",
     "neutral",
     [(HOLD, "hold time alarms for our shellfish and water samples would help")]))
add(("Tidewater Environmental",
     "Holding-time countdown on the sample list? Analysts miss the short-hold parameters like BOD and pH.",
     "neutral",
     [(HOLD, "Holding-time countdown on the sample list?")]))
add(("Copperline Analytical",
     "Would be nice to manage reagent lots and expiry in Samplora and link them to the batches they were used in.",
     "neutral",
     [(INV, "manage reagent lots and expiry in Samplora and link them to the batches they were used in")]))
add(("Greenleaf Potency Labs",
     "Great for sample flow. We also need an inventory of CRMs and solvents with expiry warnings.",
     "positive",
     [(INV, "We also need an inventory of CRMs and solvents with expiry warnings")]))
add(("Riverbend Well Testing",
     "Homeowners want to pay by card when they download their well report. Can the portal take payments?",
     "neutral",
     [(PAY, "Can the portal take payments?")]))
add(("Trueleaf Testing",
     "Clients love downloading CoAs from the portal. Letting them pay the invoice right there with a card would be the cherry on top.",
     "positive",
     [(PAY, "Letting them pay the invoice right there with a card")]))
add(("Mile High Potency",
     "Online payments (Stripe or similar) in the client portal please, chasing checks is a pain.",
     "neutral",
     [(PAY, "Online payments (Stripe or similar) in the client portal please")]))
add(("Greenleaf Potency Labs",
     "Our state auditor asked if our LIMS enforces MFA. It doesn't. Can you add it?",
     "neutral",
     [(TFA, "Our state auditor asked if our LIMS enforces MFA. It doesn't. Can you add it?")]))
add(("Fenwick Dairy Lab",
     "2FA with an authenticator app please.",
     "neutral",
     [(TFA, "2FA with an authenticator app please.")]))
add(("Laboratoire Vauclair",
     "Deux demandes : des certificats d'analyse en français pour nos clients, et l'hébergement des données au Canada, exigé par certains de nos clients municipaux.",
     "neutral",
     [(LANG, "des certificats d'analyse en français pour nos clients"),
      (CAN, "l'hébergement des données au Canada")]))
add(("Prairie Grain Testing",
     "Is Samplora hosted in the US? A couple of our provincial clients want the data kept in Canada.",
     "neutral",
     [(CAN, "A couple of our provincial clients want the data kept in Canada")]))
add(("Alameda Quality Labs",
     "El sistema funciona bien. Nos gustaría poder emitir los certificados de análisis en español, muchos de nuestros clientes son productores de México.",
     "positive",
     [(LANG, "Nos gustaría poder emitir los certificados de análisis en español")]))
add(("Orchard Hill Food Lab",
     "Some of our apple exporters need the certificate in Spanish and French as well as English. Any plans for translated report templates?",
     "neutral",
     [(LANG, "Any plans for translated report templates?")]))

# ---- batch 10: no asks ----
add(("Meridian Analytical Group",
     "Rollout across the four sites went better than any software project I've run. Sample login is fast and the barcode labels just work.",
     "positive", []))
add(("Meridian Analytical Group",
     "It's fine. Does what a LIMS does.",
     "neutral", []))
add(("Meridian Analytical Group",
     "Support tickets sit for days before anyone responds. The product is okay but for what we pay the response times are not acceptable.",
     "negative", []))
add(("Meridian Analytical Group",
     "We're opening a fifth site in Tulsa next spring and will onboard it on Samplora like the others.",
     "neutral", []))
add(("Northgate Environmental Laboratories",
     "CoA PDFs have been cutting off the last row of the results table when a sample has more than 30 analytes. Reported it in March, still broken.",
     "negative", []))
add(("Northgate Environmental Laboratories",
     "Our samplers don't need a mobile app, the portal works fine on their phones. Overall very happy.",
     "positive", []))
add(("Northgate Environmental Laboratories",
     "My lab manager thinks we should look at other LIMS at renewal. I think Samplora is fine. 7.",
     "neutral", []))
add(("Castellan Food Safety",
     "Ten. The certificates go out the same day now, and our clients stopped calling to ask where their results are.",
     "positive", []))
add(("Castellan Food Safety",
     "How do I change the logo on the certificate of analysis for our second site? I can only find one template.",
     "neutral", []))
add(("Castellan Food Safety",
     "The price went up 18% at renewal and nothing changed for us. Hard to justify to finance.",
     "negative", []))
add(("Castellan Food Safety",
     "Onboarding was excellent. We run our QC trending in Minitab and prefer it that way, so the LIMS doesn't need to do it.",
     "positive", []))
add(("Bluewater Testing Services",
     "Good product, slow support.",
     "neutral", []))
add(("Bluewater Testing Services",
     "Barcode printer keeps printing labels offset by a few millimetres since the last update. Is this a known issue?",
     "neutral", []))
add(("Harrowfield Labs",
     "I'd recommend it to any lab our size. Clean interface, sensible workflow from login to report.",
     "positive", []))
add(("Harrowfield Labs",
     "Score is a 7 mostly because of price. The product itself is fine.",
     "neutral", []))
add(("Pinecrest Water Analytics",
     "The client portal cut our report-request calls in half. Very happy.",
     "positive", []))
add(("Laboratoire Vauclair",
     "Our accountant is moving us to Xero this summer. Nothing to report on Samplora, it runs fine.",
     "neutral", []))
add(("Redstone Cannabis Testing",
     "Samplora made our state inspection painless this year. Every report was where the inspector expected it.",
     "positive", []))
add(("Redstone Cannabis Testing",
     "Oh great, another outage. The portal was down most of Tuesday morning and clients were calling us nonstop.",
     "negative", []))
add(("Kettle River Labs",
     "We're getting ready for our ISO 17025 assessment in the autumn and will be heads-down until then. Samplora is fine.",
     "neutral", []))
add(("Summit Ridge Analytical",
     "Where do I find the setting that emails the client automatically when a report is approved? A colleague at another lab uses it.",
     "neutral", []))
add(("Alameda Quality Labs",
     "Invoices generated from the price list show the wrong tax rate for out-of-state clients. Had to void and redo twelve of them.",
     "negative", []))
add(("Emerald Valley Testing",
     "Switched from spreadsheets last year. Never going back.",
     "positive", []))
add(("Canopy Assurance Labs",
     "It's okay. Too early to say, we went live three weeks ago.",
     "neutral", []))
add(("Blackhawk Analytical",
     "The sales rep promised a two-week onboarding, it took three months. Product is fine now but that start soured us.",
     "negative", []))
add(("Delta Terpene Lab",
     "Great little LIMS for a terpene lab. The QuickBooks sync works fine and the CoAs look sharp.",
     "positive", []))
add(("Granite Peak Laboratories",
     "Account manager changed three times in a year. Nobody knew our setup.",
     "negative", []))
add(("Verdant Labs",
     "we're gone, nothing more to add",
     "negative", []))
add(("Agrolab del Norte",
     "The demo was clear but the price for three users was more than twice what we budgeted.",
     "negative", []))
add(("Wildflower Analytical",
     "Five stars from our front desk. Sample login takes seconds.",
     "positive", []))
add(("Mile High Potency",
     "decent software. we only run a few HPLC batches a day so typing results in is no big deal for us",
     "neutral", []))
add(("Sunflower State Labs",
     "We only test hemp, so Metrc doesn't apply to us. Samplora handles our potency panels fine.",
     "positive", []))
add(("Trueleaf Testing",
     "We're four people, we don't need SSO or anything fancy. It just works.",
     "positive", []))
add(("High Desert Labs",
     "CoA PDF shows the LOQ column blank on some samples even though it's set in the method. Third ticket about this.",
     "negative", []))
add(("Cascadia Cannabis Analytics",
     "Our QA person thinks the result entry screen is cluttered. I don't mind it.",
     "neutral", []))
add(("Lakeshore Water Lab",
     "Our state certification officer complimented the certificates. Happy customer.",
     "positive", []))
add(("Ironwood Environmental",
     "We're planning to add PFAS testing next year, which means a new instrument and new methods. We'll call our CSM when it's time to set them up in Samplora.",
     "neutral", []))
add(("Saltmarsh Environmental",
     "Cancelled after the price increase.",
     "negative", []))
add(("Tidewater Environmental",
     "How do I add a new test to an existing panel without breaking old samples? The help article is out of date.",
     "neutral", []))
add(("Fenwick Dairy Lab",
     "We're a dairy lab and honestly it does everything we need.",
     "positive", []))
add(("Sativa Science Labs",
     "Our lab director thinks we're overpaying. I'm not the one who decides.",
     "neutral", []))
