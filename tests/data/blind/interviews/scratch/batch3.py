# Hand-written interviews, batch 3 (losses, churns).
R = []

R.append(dict(
account="Brightwater Fertility", outcome="loss", arr=72000, interviewer="Helen Marsh", buyer="Rachel Adair",
notes="Lost to Zenith Clinic Suite. Rachel (COO) said the embryology lab results and hormone bloods need to land in the patient record automatically; Zenith has an HL7 lab interface and we don't. Their IT also asked about single sign-on, which Zenith had and we couldn't show.",
answers={
 "why": "Lab integration. In fertility the cycle depends on same-day blood results; re-keying them was a clinical risk their medical director wouldn't accept.",
 "what_would_change": "Electronic lab orders and results, and SSO. Rachel said the SSO part was IT's box-ticking but it still counted against us.",
 "criteria_top": "Lab connectivity (Zenith), patient communication (Clinicflow), security/identity (Zenith), cost (Clinicflow).",
},
turns=[],
requests=[
 ("LAB", "notes", "the embryology lab results and hormone bloods need to land in the patient record automatically"),
 ("SSO", "notes", "Their IT also asked about single sign-on"),
 ("LAB", "answers.why", "Lab integration"),
 ("LAB", "answers.what_would_change", "Electronic lab orders and results"),
 ("SSO", "answers.what_would_change", "the SSO part was IT's box-ticking but it still counted against us"),
 ("LAB", "answers.criteria_top", "Lab connectivity (Zenith)"),
 ("SSO", "answers.criteria_top", "security/identity (Zenith)"),
]))

R.append(dict(
account="Cedar Lane Audiology", outcome="loss", arr=6600, interviewer="Tom Ekwueme", buyer="Patrick Nolan",
notes="No decision. Patrick is retiring in 18 months and decided a migration wasn't worth it before selling the practice. Nice call; no product gaps raised.",
answers={
 "why": "Timing. I'm selling up in a year and a half. The new owner can choose their own system.",
 "advice": "Nothing really. Maybe don't send a 40-page proposal to a two-person practice.",
},
turns=[
 ("Tom Ekwueme", "Patrick, thanks. How's the practice?"),
 ("Patrick Nolan", "Busy, which is a nice problem. Hearing aid season before Christmas, people want them for the family gatherings."),
 ("Tom Ekwueme", "Where did things land with us?"),
 ("Patrick Nolan", "I liked it. My receptionist, Bev, liked it more. But I sat down with my accountant in September and we agreed I'll sell in eighteen months. Moving everything over now, then the buyer moving it again? Silly."),
 ("Tom Ekwueme", "Makes sense. Did anything in the product put you off?"),
 ("Patrick Nolan", "No. Medibook's rep kept telling me about their app and online booking, but my patients are mostly over seventy. They ring. They like ringing."),
 ("Tom Ekwueme", "Would you recommend us to whoever buys the practice?"),
 ("Patrick Nolan", "I would. I'd tell them to look at you first. The proposal was a bit much, mind. Forty pages for a two-person shop."),
],
requests=[]))

R.append(dict(
account="Marlowe Urgent Care", outcome="loss", arr=55000, interviewer="Priya Raman", buyer="Nathan Cole",
notes="Lost to CarePoint PM. Nathan runs 6 walk-in centres plus a mobile vaccination van. Needed: something clinicians can use on Android tablets in the van, that keeps working without a signal, and a single report comparing wait times across all six centres. CarePoint demoed all three.",
answers={
 "why": "The van. Nathan: half our flu and vaccine volume goes through the mobile unit now, and your product basically assumes a desk.",
 "what_would_change": "A native Android app with offline support, and group reporting. He said he'd have paid more for Clinicflow if it had those.",
 "criteria_top": "Walk-in queue management (Clinicflow better), mobile unit support (CarePoint), cross-site reporting (CarePoint), price (CarePoint higher).",
},
turns=[
 ("Priya Raman", "Nathan, thanks. Is now still good?"),
 ("Nathan Cole", "Yeah, I'm in the car park at our Eastside centre, I've got fifteen minutes."),
 ("Priya Raman", "Perfect. How did the evaluation run?"),
 ("Nathan Cole", "Three vendors: you, CarePoint, and Halcyon for about a week. We're walk-in, so queue management and check-in speed were the headline. You were best at that, honestly."),
 ("Priya Raman", "So where did it go wrong?"),
 ("Nathan Cole", "The van. Two years ago we started a mobile vaccination unit. It goes to schools, factories, county fairs. It's now a big chunk of our volume. The clinicians in the van use Android tablets."),
 ("Priya Raman", "And our product on the tablets?"),
 ("Nathan Cole", "The browser version on a tablet was painful. Tiny buttons, the signature box didn't work. CarePoint has a proper Android app."),
 ("Nathan Cole", "And the fairs. No signal in a field. CarePoint's app lets them keep registering patients and syncs when the van's back in range. With yours, they'd be on paper."),
 ("Priya Raman", "That's clear. Anything on the reporting side?"),
 ("Nathan Cole", "My CEO wants one report every morning, door-to-doctor time for all six centres, ranked. I couldn't get that out of your trial without six exports and a spreadsheet."),
 ("Priya Raman", "Was price a factor?"),
 ("Nathan Cole", "CarePoint's more expensive. I'd have paid your price plus a bit for the same features. I told your rep, Jamal, that."),
 ("Priya Raman", "Thanks, Nathan. That's really clear."),
],
requests=[
 ("MOB", "notes", "something clinicians can use on Android tablets in the van"),
 ("OFF", "notes", "that keeps working without a signal"),
 ("MSR", "notes", "a single report comparing wait times across all six centres"),
 ("MOB", "answers.why", "your product basically assumes a desk"),
 ("MOB", "answers.what_would_change", "A native Android app"),
 ("OFF", "answers.what_would_change", "with offline support"),
 ("MSR", "answers.what_would_change", "group reporting"),
 ("MOB", "answers.criteria_top", "mobile unit support (CarePoint)"),
 ("MSR", "answers.criteria_top", "cross-site reporting (CarePoint)"),
 ("MOB", "turns.7", "CarePoint has a proper Android app"),
 ("OFF", "turns.8", "CarePoint's app lets them keep registering patients and syncs when the van's back in range"),
 ("MSR", "turns.10", "My CEO wants one report every morning, door-to-doctor time for all six centres, ranked"),
]))

R.append(dict(
account="Fenwick Allergy Clinic", outcome="churn", arr=11000, interviewer="Helen Marsh", buyer="Amira Haddad",
notes="Churned after 2 years, moved to Medibook at renewal. Amira wanted patients to be able to book and reschedule online and to do follow-up consultations by video; neither came in two years despite her asking her CSM twice.",
answers={
 "why": "We asked for two things in two years and got neither. Medibook has both.",
 "what_would_change": "Give patients a way to book themselves on the website and run video follow-ups inside the system. She'd have stayed; she liked the immunotherapy schedule tracking.",
 "advice": "Listen to the small clinics. She felt her CSM logged the requests and nothing ever came back.",
},
turns=[
 ("Helen Marsh", "Amira, thank you for agreeing to this. I know you've already moved."),
 ("Amira Haddad", "Last month. The data migration was actually less painful than I feared."),
 ("Helen Marsh", "What was the main reason?"),
 ("Amira Haddad", "It's not one thing that went wrong. It's two things that never happened. We were promised online booking back in our first QBR. Two years later, patients still ring us to book a skin prick test."),
 ("Helen Marsh", "And the second?"),
 ("Amira Haddad", "Video. Allergy follow-ups are mostly a conversation: how are the symptoms, are you using the pen correctly. Since Covid, patients expect to do that from work over video. We were using a separate Zoom account and copying notes across."),
 ("Helen Marsh", "Did you raise these with us?"),
 ("Amira Haddad", "Twice, with Ollie, our CSM. He was very nice about it. Nothing happened."),
 ("Helen Marsh", "Is there anything you'll miss?"),
 ("Amira Haddad", "The immunotherapy tracking. Medibook's version is worse. Honestly, if you'd had online booking and video visits I'd never have looked."),
 ("Helen Marsh", "That's painful to hear, but useful."),
 ("Amira Haddad", "I'd come back, you know. I'm not attached to Medibook. Bring me patient self-scheduling and telehealth and call me at renewal."),
],
requests=[
 ("BOOK", "notes", "Amira wanted patients to be able to book and reschedule online"),
 ("VID", "notes", "to do follow-up consultations by video"),
 ("BOOK", "answers.what_would_change", "Give patients a way to book themselves on the website"),
 ("VID", "answers.what_would_change", "run video follow-ups inside the system"),
 ("BOOK", "turns.3", "patients still ring us to book a skin prick test"),
 ("VID", "turns.5", "Since Covid, patients expect to do that from work over video"),
 ("BOOK", "turns.9", "if you'd had online booking"),
 ("VID", "turns.9", "video visits"),
 ("BOOK", "turns.11", "Bring me patient self-scheduling"),
 ("VID", "turns.11", "telehealth"),
]))

R.append(dict(
account="Sunnyvale Hand Therapy", outcome="churn", arr=6000, interviewer="Tom Ekwueme", buyer="Karen Liu",
notes="Churn, not product-related: the practice was acquired by Summit Rehab Partners, who run everything on PracticeLoop. Karen was positive about us and asked if we could extend access three months for record export.",
answers={
 "why": "We were bought. The new owners have one system for all their clinics and it isn't yours. That was decided before I'd even been told.",
 "what_would_change": "Nothing, really. She said: unless you'd sold to Summit first.",
},
turns=[
 ("Tom Ekwueme", "Karen, congratulations, I think? On the sale."),
 ("Karen Liu", "Thank you! Mixed feelings, but yes, it's a good outcome for the family."),
 ("Tom Ekwueme", "And Clinicflow goes with it."),
 ("Karen Liu", "I'm afraid so. Summit run PracticeLoop in all twenty-two of their clinics. They weren't going to make an exception for us."),
 ("Tom Ekwueme", "Was there anything about us that made the decision easier for them?"),
 ("Karen Liu", "No. Their integration team didn't even look. It's just policy."),
 ("Tom Ekwueme", "How was your time with us overall?"),
 ("Karen Liu", "Good. Four years, barely a problem. Ryan on support talked me through the claims change last year on a Saturday, I'll never forget that. Could we keep read access for a few months while they migrate?"),
],
requests=[]))

R.append(dict(
account="Western Isles Health Cooperative", outcome="churn", arr=130000, interviewer="Priya Raman", buyer="Ewan MacLeod",
notes="Churned to Halcyon after 3 years. Island clinics lose connectivity when weather takes the link down; Ewan says staff need to keep working offline and sync later. District nurses also wanted a mobile app for home visits, and IT wanted login through Google Workspace (SSO) after a password-sharing incident.",
answers={
 "why": "Ewan: Every winter storm we lost the link to the mainland for a day or two and Clinicflow became a very expensive blank screen. Halcyon runs on a local server and syncs when the link is back.",
 "what_would_change": "An offline mode would have kept them. The phone app and Google login were secondary but both were on the list their board saw.",
 "criteria_top": "Resilience to outages (Halcyon), community nursing on the move (neither great, Halcyon better), security/login (Halcyon supports Google sign-in), clinical notes (Clinicflow).",
 "advice": "Don't assume everyone has fibre. A lot of healthcare happens at the end of a bad line.",
},
turns=[
 ("Priya Raman", "Ewan, thanks for doing this. I gather the weather's been kind to you this week?"),
 ("Ewan MacLeod", "For once! We had the ferry running every day, which is a small miracle in February."),
 ("Priya Raman", "Let's talk about the decision. What drove it?"),
 ("Ewan MacLeod", "The connection. We have clinics on four islands. When a storm takes the microwave link down, those clinics are cut off from the internet for a day, sometimes two. With Clinicflow, that means no diary, no records, nothing. The nurses went back to paper and we spent a week catching up."),
 ("Priya Raman", "How often was that happening?"),
 ("Ewan MacLeod", "Six or seven times last winter. The board said, if the system can't run when we're cut off, we need a different system. Halcyon keeps a copy on a server in each clinic and catches up when the link returns."),
 ("Priya Raman", "Were there other factors?"),
 ("Ewan MacLeod", "Our district nurses. They do home visits across the islands and they were carrying paper notes because there was no app for their phones. They wanted to open the patient record on a phone, even with one bar of signal."),
 ("Ewan MacLeod", "And, less glamorous, logins. We had an incident where a locum used a colleague's password. Our IT lead, Kirsty, wanted everyone signing in with their Google Workspace account so she can switch people off in one place."),
 ("Priya Raman", "Did we respond to any of that while you were with us?"),
 ("Ewan MacLeod", "Your CSM, Dev, was sympathetic and kept escalating. But nothing moved on the product in three years."),
 ("Ewan MacLeod", "It's a shame. The clinical notes in Clinicflow are better than Halcyon's. The GPs grumbled about the move."),
],
requests=[
 ("OFF", "notes", "staff need to keep working offline and sync later"),
 ("MOB", "notes", "District nurses also wanted a mobile app for home visits"),
 ("SSO", "notes", "IT wanted login through Google Workspace (SSO)"),
 ("OFF", "answers.why", "Halcyon runs on a local server and syncs when the link is back"),
 ("OFF", "answers.what_would_change", "An offline mode would have kept them"),
 ("MOB", "answers.what_would_change", "The phone app"),
 ("SSO", "answers.what_would_change", "Google login"),
 ("OFF", "answers.criteria_top", "Resilience to outages (Halcyon)"),
 ("MOB", "answers.criteria_top", "community nursing on the move (neither great, Halcyon better)"),
 ("SSO", "answers.criteria_top", "Halcyon supports Google sign-in"),
 ("OFF", "answers.advice", "Don't assume everyone has fibre"),
 ("OFF", "turns.3", "With Clinicflow, that means no diary, no records, nothing"),
 ("OFF", "turns.5", "if the system can't run when we're cut off, we need a different system"),
 ("MOB", "turns.7", "They wanted to open the patient record on a phone"),
 ("SSO", "turns.8", "wanted everyone signing in with their Google Workspace account"),
]))

R.append(dict(
account="Kingfisher Physiotherapy", outcome="churn", arr=28000, interviewer="Helen Marsh", buyer="Martin Doyle",
notes="Churn after 18 months, moved to Vantage PM. Martin (owner) says the deciding factor was Xero: Vantage pushes invoices and payments to Xero automatically, and their office manager was spending a day a week reconciling. Also felt support response times slipped this year.",
answers={
 "why": "Reconciliation. Our office manager, Bea, was spending every Friday matching Clinicflow payments to Xero by hand.",
 "what_would_change": "Martin: a Xero connection. That's it. I raised it at onboarding and at both reviews.",
 "advice": "Fix your support queue; two-day replies on billing questions don't work for a clinic.",
},
turns=[
 ("Helen Marsh", "Martin, hi. Thanks for doing this, and I'm talking to Bea tomorrow as well."),
 ("Martin Doyle", "She'll give you an earful, fair warning."),
 ("Helen Marsh", "Ha. Let me hear yours first."),
 ("Martin Doyle", "I liked Clinicflow. The diary's good, the exercise sheets are good, the physios were happy. But I run a business, and the money side was a mess."),
 ("Helen Marsh", "In what way?"),
 ("Martin Doyle", "Our accountant does everything in Xero. Clinicflow and Xero don't talk. So every payment, every insurer remittance, Bea matched by hand. When I added it up, it was a day a week of her time."),
 ("Helen Marsh", "And Vantage?"),
 ("Martin Doyle", "Vantage syncs with Xero out of the box. Bea set it up in an afternoon. I wish I'd pushed harder for you to build that, because I'd rather not have moved."),
 ("Helen Marsh", "Anything else behind the decision?"),
 ("Martin Doyle", "Support got slower this year. Two days to answer a billing question. Not the reason we left, but it didn't help."),
],
requests=[
 ("ACC", "notes", "Vantage pushes invoices and payments to Xero automatically"),
 ("ACC", "answers.why", "spending every Friday matching Clinicflow payments to Xero by hand"),
 ("ACC", "answers.what_would_change", "a Xero connection"),
 ("ACC", "turns.5", "Clinicflow and Xero don't talk"),
 ("ACC", "turns.7", "Vantage syncs with Xero out of the box"),
]))

R.append(dict(
account="Kingfisher Physiotherapy", outcome="churn", arr=28000, interviewer="Helen Marsh", buyer="Beatrice Lawson",
notes="Bea (office manager, Kingfisher), second interview on this churn, no recording. Confirms the Xero reconciliation was the main driver. She also resented paying full seats for three part-time Pilates instructors who only use the diary; Vantage has a diary-only user.",
answers={
 "why": "Bea: I was doing the accounts twice. Once in Clinicflow, once in Xero. Every week.",
 "what_would_change": "Automatic export of payments into Xero, and a cheaper diary-only login for the part-timers.",
 "competitors_considered": "Vantage PM (chosen: Xero sync, flexible user types), Halcyon Practice (looked dated).",
},
turns=[],
requests=[
 ("ACC", "notes", "Confirms the Xero reconciliation was the main driver"),
 ("SEAT", "notes", "She also resented paying full seats for three part-time Pilates instructors who only use the diary"),
 ("ACC", "answers.why", "I was doing the accounts twice. Once in Clinicflow, once in Xero."),
 ("ACC", "answers.what_would_change", "Automatic export of payments into Xero"),
 ("SEAT", "answers.what_would_change", "a cheaper diary-only login for the part-timers"),
 ("ACC", "answers.competitors_considered", "Xero sync"),
 ("SEAT", "answers.competitors_considered", "flexible user types"),
]))

R.append(dict(
account="Alder Mental Health Collective", outcome="churn", arr=19000, interviewer="Tom Ekwueme", buyer="Beth Arkwright",
notes="Churned to PracticeLoop. Therapists had been running sessions on a separate video platform for two years and finally got fed up; Beth wants telehealth built into the calendar. Their billing contractor also wanted programmatic access to session data (API) instead of monthly exports.",
answers={
 "why": "Video. Two systems for every session, a Clinicflow appointment and a VidiCare link, double the admin and the odd session where the link went to the wrong client.",
 "what_would_change": "Virtual visits inside Clinicflow, and an API or webhooks for their billing contractor.",
 "advice": "Beth: talk to therapists. Our whole world moved online and the product didn't.",
},
turns=[],
requests=[
 ("VID", "notes", "Beth wants telehealth built into the calendar"),
 ("API", "notes", "Their billing contractor also wanted programmatic access to session data (API) instead of monthly exports"),
 ("VID", "answers.why", "Two systems for every session, a Clinicflow appointment and a VidiCare link"),
 ("VID", "answers.what_would_change", "Virtual visits inside Clinicflow"),
 ("API", "answers.what_would_change", "an API or webhooks for their billing contractor"),
 ("VID", "answers.advice", "Our whole world moved online and the product didn't"),
]))
