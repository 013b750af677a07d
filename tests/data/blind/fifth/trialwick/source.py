"""Hand-written NPS comments for Trialwick (an invented SaaS for clinical research sites).

Each comment: (account, text, label, requests); requests is a list of (item, evidence).
Written by hand, one at a time. assemble.py only shuffles and numbers them.
"""

# Canonical roadmap item names (main items)
EHR = "EHR integration for patient records"
MON = "Remote monitor access"
ESIG = "Part 11 electronic signatures"
RECON = "Sponsor payment reconciliation"
STIP = "Patient stipend payments"
SSO = "Single sign-on"
MOB = "Mobile app"
# Long-tail items
ECON = "Remote eConsent"
SMS = "SMS visit reminders"
CA = "Coverage analysis builder"
QB = "QuickBooks integration"
IRB = "IRB portal integration"

ACCOUNTS = [
    # name, arr, status
    ("Northgate Health Research Institute", 600000, "active"),
    ("Bayfront Clinical Research Network", 420000, "active"),
    ("Cresthaven University Medical Center", 310000, "active"),
    ("Solano Valley Health System", 240000, "active"),
    ("Pinecrest Research Partners", 96000, "active"),
    ("Meridale Clinical Trials", 72000, "active"),
    ("Eastbrook Oncology Associates", 64000, "active"),
    ("Tri-County Research Group", 48000, "active"),
    ("Redwood Cardiology Trials", 42000, "active"),
    ("Lakeshore Dermatology Research", 36000, "active"),
    ("Tamarack Nephrology Research", 30000, "active"),
    ("Northfield Vaccine Research Unit", 27600, "active"),
    ("Quarry Hill Ophthalmology Research", 24000, "active"),
    ("Granite Peak GI Research", 21600, "active"),
    ("Prairie Wind Research Associates", 19200, "active"),
    ("Cedar Ridge Neurology Research", 18000, "active"),
    ("Maple Grove Clinical Research", 16800, "active"),
    ("Hollis Pediatric Research Center", 15600, "active"),
    ("Blue Heron Clinical Research", 14400, "active"),
    ("Larkspur Endocrine Research", 13200, "active"),
    ("Desert Bloom Clinical Trials", 12000, "active"),
    ("Kestrel Urology Trials", 11400, "active"),
    ("Elmwood Psychiatric Research", 10800, "active"),
    ("Ashford Family Medicine Research", 9600, "active"),
    ("Centre de Recherche Clinique Saint-Aubin", 9000, "active"),
    ("Foxglove Women's Health Research", 8400, "active"),
    ("Saguaro Pain and Spine Research", 7800, "active"),
    ("Ironwood Rheumatology Research", 7200, "active"),
    ("Oakmont Sleep Research", 6600, "active"),
    ("Juniper Allergy and Asthma Research", 6000, "active"),
    ("Westbury Clinical Trials Center", 54000, "churned"),
    ("Upland Hepatology Research", 22800, "churned"),
    ("Clinica Verdemar Investigacion", 18000, "churned"),
    ("Yarrow Health Research", 132000, "lost"),
    ("Studienzentrum Alsterblick GmbH", 38400, "lost"),
    ("Zephyr Clinical Partners", 26400, "lost"),
]

COMMENTS = []
add = COMMENTS.append

# ---- batch 1 ----
add(("Northgate Health Research Institute",
     "We have 40+ coordinators re-keying demographics, con meds and medical history out of Epic into Trialwick for every patient we screen. An Epic integration (even read-only, even just pulling by MRN) would give us back hundreds of hours a year. Everything else about the platform is solid.",
     "positive",
     [(EHR, "An Epic integration (even read-only, even just pulling by MRN)")]))

add(("Pinecrest Research Partners",
     "any plans for pulling patient demographics straight from the EMR? we're on athena",
     "neutral",
     [(EHR, "any plans for pulling patient demographics straight from the EMR?")]))

add(("Granite Peak GI Research",
     "Pre-screening is where we lose the most time. Every Monday I run a report in Epic, export it to Excel, clean it up and upload the CSV into the prescreening log. If Trialwick could query the EHR against the I/E criteria itself that would be a game changer.",
     "neutral",
     [(EHR, "If Trialwick could query the EHR against the I/E criteria itself")]))

add(("Cedar Ridge Neurology Research",
     "Love the visit calendar. EHR import next please!!",
     "positive",
     [(EHR, "EHR import next please!!")]))

add(("Meridale Clinical Trials",
     "We still print the med list from Cerner and type it into the source by hand. Double data entry is how transcription errors happen, and our monitor finds them at every IMV. It's the one thing our CRCs complain about.",
     "negative",
     [(EHR, "We still print the med list from Cerner and type it into the source by hand")]))

add(("Solano Valley Health System",
     "Score is a 6 mostly because of double entry. Our research office was promised an HL7/FHIR interface with our EHR during the sales process, and two years later it's still 'on the roadmap'. To be fair, the scheduling side is excellent.",
     "negative",
     [(EHR, "an HL7/FHIR interface with our EHR")]))

add(("Upland Hepatology Research",
     "We moved to SiteBridge because it pulls labs and problem lists from the EMR. Our coordinators were spending half a day per screening visit on transcription of LFTs and fibroscan results. SiteBridge is not as nice to use, but the time savings won.",
     "negative",
     [(EHR, "because it pulls labs and problem lists from the EMR")]))

add(("Tamarack Nephrology Research",
     "Is there a way to import a patient from our EHR instead of typing them in? We have eGFR and creatinine values going back years for most of our CKD subjects and it's painful.",
     "neutral",
     [(EHR, "Is there a way to import a patient from our EHR instead of typing them in?")]))

add(("Eastbrook Oncology Associates",
     "good product, support is responsive. would love EMR connectivity for the onc patients, path reports and staging are all in there already",
     "positive",
     [(EHR, "would love EMR connectivity for the onc patients")]))

add(("Bayfront Clinical Research Network",
     "Our sites run on three different EMRs (Epic, eClinicalWorks, and one that is honestly still mostly paper). An integration with at least Epic and eCW would let us retire the intake spreadsheets. Otherwise we're happy.",
     "positive",
     [(EHR, "An integration with at least Epic and eCW")]))

add(("Yarrow Health Research",
     "We evaluated Trialwick and TrialNest side by side for all 14 of our research clinics. TrialNest already had a live Epic connector, and for a health system our size that mattered a lot. The other deal breaker was our security review: no SAML, no SCIM.",
     "negative",
     [(EHR, "TrialNest already had a live Epic connector"),
      (SSO, "no SAML, no SCIM")]))

add(("Larkspur Endocrine Research",
     "pls let us pull A1c history + meds from the chart. typing 18 months of labs for every T2D subject is killing my CRCs",
     "neutral",
     [(EHR, "pls let us pull A1c history + meds from the chart")]))

add(("Centre de Recherche Clinique Saint-Aubin",
     "Très bon outil pour le calendrier des visites. Par contre il nous faudrait une interface avec notre DPI pour récupérer les antécédents des patients, la ressaisie prend un temps fou.",
     "positive",
     [(EHR, "il nous faudrait une interface avec notre DPI pour récupérer les antécédents des patients")]))

# Remote monitor access
add(("Bayfront Clinical Research Network",
     "Monitors keep asking for remote access. Right now we export PDFs of the source and upload them to each sponsor's portal for remote SDV, which kind of defeats the point of having eSource.",
     "neutral",
     [(MON, "Monitors keep asking for remote access.")]))

add(("Lakeshore Dermatology Research",
     "Our CRAs want read-only logins so they can do SDR from home. Can you give them a monitor role that only sees their own study?",
     "neutral",
     [(MON, "Can you give them a monitor role that only sees their own study?")]))

add(("Cresthaven University Medical Center",
     "Remote monitoring portal. It's the first thing every sponsor asks about at the SQV now.",
     "neutral",
     [(MON, "Remote monitoring portal.")]))

add(("Redwood Cardiology Trials",
     "Great system, our sponsor CRA even complimented the eSource at the last visit. She just wishes she could review it remotely between IMVs instead of us booking her a room for two days. Everything else has been smooth since go-live.",
     "positive",
     [(MON, "She just wishes she could review it remotely between IMVs")]))

add(("Westbury Clinical Trials Center",
     "We left because sponsors increasingly require remote source access and Trialwick had no monitor login. Two CROs told us outright that remote-capable sites get picked first for new studies. We didn't want to leave, the scheduling was better than what we have now.",
     "negative",
     [(MON, "Trialwick had no monitor login")]))

add(("Maple Grove Clinical Research",
     "Would be great if monitors could log in and leave queries directly on the source instead of emailing us a follow-up letter with 30 findings.",
     "neutral",
     [(MON, "Would be great if monitors could log in and leave queries directly on the source")]))

add(("Northgate Health Research Institute",
     "We need a remote monitoring view where CRA access is restricted to consented subjects of their own study and every page view is audit-trailed. Until then we're printing redacted source for every RMV, which our compliance office hates as much as we do.",
     "neutral",
     [(MON, "We need a remote monitoring view")]))

# ---- batch 2 ----
add(("Tri-County Research Group",
     "the sponsor CRAs hate our process lol. scan, redact, upload to their sharepoint, repeat. remote SDV access pls",
     "neutral",
     [(MON, "remote SDV access pls")]))

add(("Zephyr Clinical Partners",
     "We chose SiteBridge. Sponsor-facing access for monitors was a must-have on our RFP and you didn't have it. Their coordinator phone app was also a big plus for our home-visit studies.",
     "negative",
     [(MON, "Sponsor-facing access for monitors was a must-have on our RFP"),
      (MOB, "Their coordinator phone app was also a big plus for our home-visit studies")]))

add(("Hollis Pediatric Research Center",
     "Is there a way to share a subject's visit worksheets with the CRA without emailing PDFs? PHI over email makes our privacy officer very nervous.",
     "neutral",
     [(MON, "Is there a way to share a subject's visit worksheets with the CRA without emailing PDFs?")]))

add(("Quarry Hill Ophthalmology Research",
     "9 - easy to use and the whole team picked it up in a week. Remote monitoring would make it a 10.",
     "positive",
     [(MON, "Remote monitoring would make it a 10.")]))

add(("Solano Valley Health System",
     "Half our IMVs went remote during COVID and never came back on site. Give sponsors a secure way into the eSource and the eReg and we'd stop paying for a separate document-sharing tool.",
     "neutral",
     [(MON, "Give sponsors a secure way into the eSource and the eReg")]))

# Part 11 electronic signatures
add(("Northgate Health Research Institute",
     "The eReg binder is great for storage, but every 1572, FDF and DOA log update still goes out for wet ink. Part 11 compliant e-signatures inside the binder, please. And if approved documents could flow in from the IRB portal (central IRB for most of our industry studies) without someone downloading and re-filing them, even better.",
     "neutral",
     [(ESIG, "Part 11 compliant e-signatures inside the binder, please."),
      (IRB, "if approved documents could flow in from the IRB portal")]))

add(("Ashford Family Medicine Research",
     "we still print every delegation log update, get the PI to sign it, scan it back in. every. single. time.",
     "negative",
     [(ESIG, "we still print every delegation log update, get the PI to sign it, scan it back in")]))

add(("Kestrel Urology Trials",
     "eSignatures!!!",
     "neutral",
     [(ESIG, "eSignatures!!!")]))

add(("Pinecrest Research Partners",
     "Our PIs are rarely on site, they split time between the practice and the hospital. Being able to route a protocol amendment signature page to the PI and have them sign electronically would cut our activation time noticeably.",
     "neutral",
     [(ESIG, "route a protocol amendment signature page to the PI and have them sign electronically")]))

add(("Cresthaven University Medical Center",
     "We'd drop DocuSign for regulatory documents entirely if the binder supported 21 CFR Part 11 signatures with the signature manifestation printed on the PDF.",
     "neutral",
     [(ESIG, "if the binder supported 21 CFR Part 11 signatures with the signature manifestation printed on the PDF")]))

add(("Elmwood Psychiatric Research",
     "Very happy overall. Only gripe: our sub-Is have to come into the office to sign training logs and CV attestations. An electronic signature option would fix that.",
     "positive",
     [(ESIG, "An electronic signature option would fix that.")]))

add(("Clinica Verdemar Investigacion",
     "Nos fuimos porque el archivo regulatorio no permite firma electrónica válida y seguíamos imprimiendo todo para que firmara el investigador principal. El resto funcionaba bien.",
     "negative",
     [(ESIG, "el archivo regulatorio no permite firma electrónica válida")]))

add(("Meridale Clinical Trials",
     "Any plans for e-sign on the regulatory side? Our monitors flag unsigned or undated docs at almost every visit, and it's mostly because the paper copy never made it back from the PI's office.",
     "neutral",
     [(ESIG, "Any plans for e-sign on the regulatory side?")]))

add(("Foxglove Women's Health Research",
     "eReg is nice but without esig it's really just a fancy shared drive.",
     "negative",
     [(ESIG, "without esig it's really just a fancy shared drive")]))

add(("Bayfront Clinical Research Network",
     "Sign-off workflows for SOPs and training acknowledgements across our 9 sites. Right now it's a chain of emails and scanned pages. Advarra/WCG integration for submissions and approval letters would be next on my list.",
     "neutral",
     [(ESIG, "Sign-off workflows for SOPs and training acknowledgements"),
      (IRB, "Advarra/WCG integration for submissions and approval letters")]))

add(("Studienzentrum Alsterblick GmbH",
     "Wir haben uns gegen Trialwick entschieden, weil es keine elektronische Signatur nach Part 11 bzw. eIDAS im eISF gibt. Das war für zwei unserer Auftraggeber ein Ausschlusskriterium.",
     "negative",
     [(ESIG, "weil es keine elektronische Signatur nach Part 11 bzw. eIDAS im eISF gibt")]))

add(("Prairie Wind Research Associates",
     "Would love to have the PI sign off on lab reports (CS/NCS) in the system instead of initialing and dating paper printouts that we then scan.",
     "neutral",
     [(ESIG, "Would love to have the PI sign off on lab reports (CS/NCS) in the system")]))

add(("Tamarack Nephrology Research",
     "Quick one: can the PI e-sign the delegation log yet? We were told Q2 last year.",
     "neutral",
     [(ESIG, "can the PI e-sign the delegation log yet?")]))

# ---- batch 3 ----
# Sponsor payment reconciliation
add(("Bayfront Clinical Research Network",
     "Finance spends the first week of every month matching sponsor remittances to visits. Checks and wires come in with a one-line memo and we have to work out which subjects and which visits they paid for. Automatic reconciliation against the invoiced visits is our #1 ask.",
     "neutral",
     [(RECON, "Automatic reconciliation against the invoiced visits is our #1 ask.")]))

add(("Northgate Health Research Institute",
     "Invoicing works well. What's missing is matching the payment back: when a sponsor pays $48,210.55 against four invoices plus a holdback release, we need to apply it line by line and see what's still outstanding. Today that happens in a spreadsheet outside the system.",
     "positive",
     [(RECON, "we need to apply it line by line and see what's still outstanding")]))

add(("Eastbrook Oncology Associates",
     "Unpaid screen fails and pass-through costs slip through the cracks because nothing shows us what the sponsor actually paid vs what we billed. Reconciliation report pls.",
     "neutral",
     [(RECON, "Reconciliation report pls.")]))

add(("Meridale Clinical Trials",
     "we'd love to import the sponsor's remittance advice (the CSV their payment vendor sends) and have it auto-match to our invoices",
     "neutral",
     [(RECON, "import the sponsor's remittance advice (the CSV their payment vendor sends) and have it auto-match")]))

add(("Cresthaven University Medical Center",
     "Our research finance office still reconciles in a separate Excel workbook because Trialwick can't record partial payments against an invoice. That's the main reason for the 7. Longer term, a coverage analysis module (MCA) that flags SOC vs research-billable for each procedure in the SoA would save our billing compliance office weeks per study.",
     "neutral",
     [(RECON, "Trialwick can't record partial payments against an invoice"),
      (CA, "a coverage analysis module (MCA)")]))

add(("Redwood Cardiology Trials",
     "AR aging report is nice but kind of useless if I can't mark what's been paid per visit. Payment matching please.",
     "neutral",
     [(RECON, "Payment matching please.")]))

add(("Westbury Clinical Trials Center",
     "Honestly the money side was the reason. We were leaving 8-10% of study revenue uncollected because we couldn't reconcile what CROs paid against what we were owed, and TrialNest does that out of the box.",
     "negative",
     [(RECON, "we couldn't reconcile what CROs paid against what we were owed")]))

add(("Tri-County Research Group",
     "Is there a way to tie a sponsor payment to the invoices it covered? Right now I keep a separate spreadsheet for that and it never matches the system.",
     "neutral",
     [(RECON, "Is there a way to tie a sponsor payment to the invoices it covered?")]))

add(("Desert Bloom Clinical Trials",
     "Loving the budget tracker. Next step: payment reconciliation so our accountant stops calling me. And sync invoices to QuickBooks Online please, our bookkeeper re-types every single one.",
     "positive",
     [(RECON, "payment reconciliation so our accountant stops calling me"),
      (QB, "sync invoices to QuickBooks Online please")]))

add(("Solano Valley Health System",
     "We need holdback reconciliation at close-out. We have no idea whether the sponsor's final payment actually covers the 10% withheld on every visit. Also, we do our Medicare coverage analysis in Excel and then re-enter the billing grid in Trialwick; build the billing grid from the CA please.",
     "neutral",
     [(RECON, "We need holdback reconciliation at close-out."),
      (CA, "build the billing grid from the CA please")]))

add(("Northfield Vaccine Research Unit",
     "Our CFO asked me to pass this on: reconcile sponsor payments to visits automatically, the same way the system already builds invoices from completed visits.",
     "neutral",
     [(RECON, "reconcile sponsor payments to visits automatically")]))

add(("Granite Peak GI Research",
     "Would it be possible to flag visits that were invoiced but never paid after 90 days? We lose track once a study has more than a few subjects.",
     "neutral",
     [(RECON, "flag visits that were invoiced but never paid after 90 days")]))

# Patient stipend payments
add(("Ashford Family Medicine Research",
     "Patients ask at every visit when their stipend is coming. Paying them from inside Trialwick when the visit is marked complete would be amazing. Also QB integration, we're tiny and our accountant lives in QuickBooks.",
     "neutral",
     [(STIP, "Paying them from inside Trialwick when the visit is marked complete would be amazing."),
      (QB, "QB integration")]))

add(("Juniper Allergy and Asthma Research",
     "reloadable debit cards for participants!!",
     "neutral",
     [(STIP, "reloadable debit cards for participants!!")]))

add(("Oakmont Sleep Research",
     "We cut paper checks for every overnight PSG visit and our office manager spends Fridays at the bank. Text reminders for patients too, nobody reads the emails. Otherwise the system is fine.",
     "neutral",
     [(STIP, "We cut paper checks for every overnight PSG visit"),
      (SMS, "Text reminders for patients too")]))

add(("Saguaro Pain and Spine Research",
     "Love the product. Subject payments. That's it, that's the comment.",
     "positive",
     [(STIP, "Subject payments.")]))

add(("Ironwood Rheumatology Research",
     "we'd move our ClinCard spend over to you if you handled participant reimbursement + mileage natively",
     "neutral",
     [(STIP, "if you handled participant reimbursement + mileage natively")]))

add(("Foxglove Women's Health Research",
     "Any plans for patient stipends? the stipend tracker shows what we owe but we still pay everyone manually",
     "neutral",
     [(STIP, "Any plans for patient stipends?")]))

add(("Hollis Pediatric Research Center",
     "Families in our pediatric studies get $50 per visit, and right now that's a gift card we buy at the pharmacy and log in a spreadsheet. An automated way to pay families and keep the 1099 records would save us a lot of time. We'd also love remote eConsent for the parent consent + child assent process, especially with divorced parents living in different cities.",
     "neutral",
     [(STIP, "An automated way to pay families and keep the 1099 records"),
      (ECON, "We'd also love remote eConsent for the parent consent + child assent process")]))

add(("Kestrel Urology Trials",
     "need a way to pay pts their visit compensation electronically, venmo style",
     "neutral",
     [(STIP, "need a way to pay pts their visit compensation electronically")]))

# ---- batch 4 ----
add(("Blue Heron Clinical Research",
     "Scheduling is great. Participant payments would make it perfect.",
     "positive",
     [(STIP, "Participant payments would make it perfect.")]))

add(("Maple Grove Clinical Research",
     "Our retention numbers dropped when we went from same-day cash to checks mailed two weeks later. Paying subjects at the end of the visit through the app would help retention a lot, especially in the longer studies. Otherwise no complaints.",
     "neutral",
     [(STIP, "Paying subjects at the end of the visit through the app")]))

add(("Prairie Wind Research Associates",
     "Stipend cards. Please. We're a 4-person site and doing W-9s and checks by hand is basically a part-time job.",
     "neutral",
     [(STIP, "Stipend cards. Please.")]))

add(("Larkspur Endocrine Research",
     "Es fantástico para la agenda de visitas. ¿Tienen pensado añadir pagos a pacientes? Nuestros participantes prefieren cobrar el mismo día de la visita.",
     "positive",
     [(STIP, "¿Tienen pensado añadir pagos a pacientes?")]))

add(("Cedar Ridge Neurology Research",
     "Would be nice if stipends could be paid automatically when a visit is completed in the calendar, especially travel reimbursements for caregivers driving in for the MS studies.",
     "neutral",
     [(STIP, "Would be nice if stipends could be paid automatically when a visit is completed in the calendar")]))

add(("Upland Hepatology Research",
     "Part of why we moved: the other system pays participants directly, so we could drop our separate payment vendor contract.",
     "negative",
     [(STIP, "the other system pays participants directly")]))

# Single sign-on
add(("Northgate Health Research Institute",
     "IT security won't let us roll it out to the cancer center until it supports SAML SSO with our Azure AD. Right now we're capped at the 60 users they grandfathered in. Everyone else is still on the old spreadsheets.",
     "neutral",
     [(SSO, "until it supports SAML SSO with our Azure AD")]))

add(("Northgate Health Research Institute",
     "Please add single sign-on. Managing another set of passwords for 200 research staff is not sustainable, and our offboarding audit has flagged orphaned Trialwick accounts twice now.",
     "negative",
     [(SSO, "Please add single sign-on.")]))

add(("Northgate Health Research Institute",
     "Strong product for the coordinators, they like it. From the IT side: Okta integration + SCIM provisioning would make my life a lot easier.",
     "positive",
     [(SSO, "Okta integration + SCIM provisioning")]))

add(("Bayfront Clinical Research Network",
     "SSO. 300 users across 9 sites.",
     "neutral",
     [(SSO, "SSO.")]))

add(("Bayfront Clinical Research Network",
     "Login with our Microsoft accounts would be great, the 2FA codes every morning are driving people nuts.",
     "neutral",
     [(SSO, "Login with our Microsoft accounts would be great")]))

add(("Bayfront Clinical Research Network",
     "We'd roll Trialwick out to the two sites we just acquired in Q3 if you supported SAML. Our InfoSec policy is no standalone credentials for any system that touches PHI, and the exception we got for the first seven sites won't be extended.",
     "neutral",
     [(SSO, "if you supported SAML")]))

add(("Cresthaven University Medical Center",
     "Our university requires federated login (Shibboleth/InCommon) for anything holding subject data. We have an exception that expires at renewal. After that, IT will shut off access.",
     "neutral",
     [(SSO, "Our university requires federated login (Shibboleth/InCommon) for anything holding subject data.")]))

add(("Cresthaven University Medical Center",
     "single sign on w/ the university IdP, pls. investigators forget their Trialwick password constantly and the lockouts kill us at 7am visits",
     "negative",
     [(SSO, "single sign on w/ the university IdP, pls.")]))

add(("Solano Valley Health System",
     "9. Great tool for the coordinators. If we could get SSO through Entra ID it would be perfect.",
     "positive",
     [(SSO, "If we could get SSO through Entra ID")]))

add(("Solano Valley Health System",
     "Any plans for SSO? Our CISO asks me at every vendor review.",
     "neutral",
     [(SSO, "Any plans for SSO?")]))

# Mobile app
add(("Tri-County Research Group",
     "Our CRCs run between three clinics. A mobile app to check the day's visits and window dates without opening a laptop would be really helpful. Right now they text each other screenshots.",
     "neutral",
     [(MOB, "A mobile app to check the day's visits and window dates")]))

add(("Northfield Vaccine Research Unit",
     "For the vaccine studies we do dosing and reactogenicity checks out of a mobile unit in parking lots. We need something that works on a tablet offline and syncs when we're back on wifi. Right now it's paper and re-entry at night.",
     "neutral",
     [(MOB, "We need something that works on a tablet offline and syncs when we're back on wifi.")]))

add(("Desert Bloom Clinical Trials",
     "iPad app please!",
     "neutral",
     [(MOB, "iPad app please!")]))

add(("Pinecrest Research Partners",
     "Everything works on desktop but the site is close to unusable on a phone. Any plans for an app?",
     "neutral",
     [(MOB, "Any plans for an app?")]))

# ---- batch 5 ----
add(("Quarry Hill Ophthalmology Research",
     "our techs enter IOP and BCVA readings standing at the slit lamp. an app on the clinic iPads would beat walking back to the workstation between every eye",
     "neutral",
     [(MOB, "an app on the clinic iPads")]))

add(("Granite Peak GI Research",
     "Good value for the price. Mobile app would be nice for the PIs to check the day's schedule between scopes.",
     "positive",
     [(MOB, "Mobile app would be nice for the PIs")]))

add(("Centre de Recherche Clinique Saint-Aubin",
     "Une application mobile pour les TEC serait très utile, surtout pour les visites à domicile.",
     "neutral",
     [(MOB, "Une application mobile pour les TEC serait très utile")]))

add(("Eastbrook Oncology Associates",
     "Mobile version for chairside use. Our infusion nurses document vitals during the PK draws and the laptop carts are always taken.",
     "neutral",
     [(MOB, "Mobile version for chairside use.")]))

add(("Elmwood Psychiatric Research",
     "Would be handy to get push notifications on my phone when a subject is about to go out of window, I'm not always at my desk.",
     "neutral",
     [(MOB, "push notifications on my phone when a subject is about to go out of window")]))

add(("Tamarack Nephrology Research",
     "The web version on a phone is ok, but an actual app for Android would help the coordinators who sit in the dialysis unit all day.",
     "neutral",
     [(MOB, "an actual app for Android")]))

add(("Ironwood Rheumatology Research",
     "honestly the one thing missing is a phone app. love everything else",
     "positive",
     [(MOB, "the one thing missing is a phone app")]))

# Long tail
add(("Cresthaven University Medical Center",
     "Next big thing for us would be eConsent with a teach-back quiz, using the IRB-approved ICF version straight from the binder.",
     "neutral",
     [(ECON, "eConsent with a teach-back quiz")]))

add(("Maple Grove Clinical Research",
     "Is there a way to send the ICF to a patient to read and sign at home before the screening visit? A lot of them want to go over it with family first. We lose some of them when they have to come in just to read it.",
     "neutral",
     [(ECON, "send the ICF to a patient to read and sign at home before the screening visit")]))

add(("Blue Heron Clinical Research",
     "No-shows are our biggest problem. SMS appointment reminders with reply-to-confirm would help a lot.",
     "neutral",
     [(SMS, "SMS appointment reminders with reply-to-confirm")]))

add(("Saguaro Pain and Spine Research",
     "can the visit reminders go out by text instead of email? our population is mostly older and they don't check email",
     "neutral",
     [(SMS, "can the visit reminders go out by text instead of email?")]))

add(("Redwood Cardiology Trials",
     "any plans for coverage analysis? we're a small site and outsourcing CAs is expensive",
     "neutral",
     [(CA, "any plans for coverage analysis?")]))

add(("Prairie Wind Research Associates",
     "It would be great if paid invoices pushed to QuickBooks automatically.",
     "neutral",
     [(QB, "paid invoices pushed to QuickBooks automatically")]))

add(("Cedar Ridge Neurology Research",
     "it would help if IRB approvals and continuing review dates synced from the IRB system so the expiration alerts are actually right",
     "neutral",
     [(IRB, "IRB approvals and continuing review dates synced from the IRB system")]))

# ---- batch 6: comments that ask for nothing ----
add(("Lakeshore Dermatology Research",
     "It does the job. Nothing fancy.",
     "neutral",
     []))

add(("Juniper Allergy and Asthma Research",
     "Honestly the best $500 a month we spend. The visit window calculator alone has saved us from at least three protocol deviations this year. Our one coordinator would quit if we took it away.",
     "positive",
     []))

add(("Quarry Hill Ophthalmology Research",
     "The out-of-window alert fired on the wrong date for a visit that was scheduled relative to Day 1 instead of randomization. Support fixed the configuration within a day, but it still cost us a deviation and a note to file.",
     "negative",
     []))

add(("Northgate Health Research Institute",
     "Support tickets take 4-5 business days to get a first response on the enterprise plan. That is not acceptable for a system we run 180 active studies on. When the visit calendar broke during a database lock, we waited a week.",
     "negative",
     []))

add(("Pinecrest Research Partners",
     "How do I copy a visit calendar from one protocol version to the amendment without re-entering all the windows? I'm sure there's a way, I just can't find it.",
     "neutral",
     []))

add(("Larkspur Endocrine Research",
     "We don't need a mobile app, our coordinators all work from their desks. Keep the web version fast and we're happy.",
     "positive",
     []))

add(("Meridale Clinical Trials",
     "The Outlook sync works fine now that IT allow-listed it. Thanks to Priya in support for walking us through it.",
     "positive",
     []))

add(("Granite Peak GI Research",
     "Price went up 18% at renewal with no new features that we actually use. We're looking at other options. Nobody from your side has explained what we're paying more for.",
     "negative",
     []))

add(("Solano Valley Health System",
     "Onboarding was rough. Our implementation consultant changed three times, and our first study build went live six weeks late. Things are better now, but it left a mark with our director.",
     "negative",
     []))

add(("Bayfront Clinical Research Network",
     "Our new VP thinks we should move everything into the EHR's research module next year. I'm not convinced at all. Trialwick is far better for coordinators and the visit tracking isn't even close.",
     "positive",
     []))

add(("Eastbrook Oncology Associates",
     "7. It's fine.",
     "neutral",
     []))

add(("Lakeshore Dermatology Research",
     "We use DocuSign for the reg docs and it works fine, no complaints there. Trialwick is good for scheduling and for the prescreening log, which is all we bought it for.",
     "positive",
     []))

add(("Redwood Cardiology Trials",
     "The sponsor invoice generation is a huge time saver. Our receivables went from about 120 days to about 60 since we switched.",
     "positive",
     []))

add(("Elmwood Psychiatric Research",
     "Too early to say, we only went live on our first study two weeks ago.",
     "neutral",
     []))

add(("Maple Grove Clinical Research",
     "Reports page takes 30+ seconds to load when you filter by more than one study. Sometimes it times out completely and I have to start over. Happens on Chrome and Edge.",
     "negative",
     []))

add(("Upland Hepatology Research",
     "Support was always kind and quick to answer. It just wasn't enough for us in the end.",
     "negative",
     []))

add(("Northfield Vaccine Research Unit",
     "We're opening a second unit next spring and plan to run the flu and RSV studies out of both. Expect a call about more licences. The team is happy with it.",
     "positive",
     []))

add(("Hollis Pediatric Research Center",
     "Can you remind me where to set the visit reminder emails to go out 48 hours before the visit instead of 24?",
     "neutral",
     []))

add(("Blue Heron Clinical Research",
     "Trialwick is ok. The coordinators like it, the PI never logs in. Our director still prints the schedule every morning.",
     "neutral",
     []))

add(("Foxglove Women's Health Research",
     "Oh great, another 'scheduled maintenance' window in the middle of a Tuesday clinic day.",
     "negative",
     []))

add(("Prairie Wind Research Associates",
     "Fast, reliable, and the support team actually knows what a CRC does all day. 10/10.",
     "positive",
     []))

add(("Cedar Ridge Neurology Research",
     "The stipend tracker is good for knowing what we owe each participant, no issues there. The prescreening log is also a big improvement over our old spreadsheet.",
     "positive",
     []))

add(("Kestrel Urology Trials",
     "Export to Excel for our accountant works fine. We don't need anything fancier on the finance side, we're a small site.",
     "positive",
     []))

add(("Tri-County Research Group",
     "Please fix the bug where the pre-screen log duplicates patients when the same CSV gets imported twice. We had 40 duplicate entries last month and had to clean them up by hand.",
     "negative",
     []))

add(("Ironwood Rheumatology Research",
     "The monitoring visit scheduler is great, our CRAs get their confirmation and follow-up letters automatically now.",
     "positive",
     []))

add(("Saguaro Pain and Spine Research",
     "nothing to add, works well",
     "positive",
     []))

add(("Solano Valley Health System",
     "Our compliance officer wants to know whether the audit trail covers deleted source entries. Does it? We have an FDA inspection in March and need to be able to say yes or no.",
     "neutral",
     []))

add(("Pinecrest Research Partners",
     "The price is high for a 3-site network compared to what we paid for our old system, but the time we save on scheduling justifies it.",
     "neutral",
     []))
