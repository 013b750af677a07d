# Hand-written interviews, batch 1 (wins). Labels: (item code, part, evidence).
R = []

R.append(dict(
account="Harbourside Physio Group", outcome="win", arr=48000, interviewer="Priya Raman", buyer="Declan Moore",
notes="Declan (COO, 7 sites) picked us over CarePoint PM mostly on billing/claims and the rota module. Wants group-level reporting across the 7 sites and an API so their analyst can pull data into Power BI; told him both were 'being looked at', careful not to promise.",
answers={
 "why": "Claims handling was the clincher. Their biller ran the same batch of claims through both trials and ours came back with fewer rejections.",
 "what_would_change": "CarePoint's reporting. They could show one dashboard for all seven clinics and we can't, which nearly swung it.",
 "competitors_considered": "CarePoint PM (slick demo, weaker claims) and staying on Physiomate, their old desktop system.",
 "advice": "Open the thing up. Give us an API and we'll build the rest ourselves, Declan said.",
},
turns=[
 ("Priya Raman", "Thanks for making time, Declan. I know you've got the Southsea site opening next month."),
 ("Declan Moore", "Ha, yes, builders everywhere. Happy to do this though, it was a long evaluation and I've got opinions."),
 ("Priya Raman", "Let's start at the beginning. What set the search off?"),
 ("Declan Moore", "Physiomate was creaking. It's a desktop thing, each clinic has its own database, and every month-end Aisling in finance was stitching seven spreadsheets together to see how we were doing."),
 ("Priya Raman", "And who else was in the running?"),
 ("Declan Moore", "CarePoint PM got to the final two with you. Their demo was slick, honestly, lots of charts. The board enjoyed it."),
 ("Priya Raman", "So what tipped it our way?"),
 ("Declan Moore", "Claims. Aisling ran the same forty claims through both trials and CarePoint bounced nine of them. Yours bounced one. That's money, that's cash flow. And your rota module is just better, the physios actually like it."),
 ("Priya Raman", "Good to hear. Anything you're worried about now that you've signed?"),
 ("Declan Moore", "The reporting gap is real. I still need to see all seven clinics rolled up in one view without exporting to Excel. If that doesn't come within the year I'll have the board asking why we didn't go with CarePoint."),
 ("Priya Raman", "Noted. Anything else on the wish list?"),
 ("Declan Moore", "We've hired a data analyst, Kofi. He wants to pull appointment and billing data straight into Power BI rather than downloading CSVs every Monday. Is there an API? The sales guy was vague."),
 ("Priya Raman", "There's a CSV export today; I'll find out where an API sits and come back to you."),
 ("Declan Moore", "Please do. And thank Joanne in onboarding, she's been brilliant with the front desk teams."),
],
requests=[
 ("MSR", "notes", "Wants group-level reporting across the 7 sites"),
 ("API", "notes", "an API so their analyst can pull data into Power BI"),
 ("MSR", "answers.what_would_change", "They could show one dashboard for all seven clinics and we can't"),
 ("API", "answers.advice", "Give us an API and we'll build the rest ourselves"),
 ("MSR", "turns.9", "I still need to see all seven clinics rolled up in one view without exporting to Excel"),
 ("API", "turns.11", "He wants to pull appointment and billing data straight into Power BI rather than downloading CSVs every Monday"),
]))

R.append(dict(
account="Elm Street Family Practice", outcome="win", arr=9600, interviewer="Tom Ekwueme", buyer="Rosa Delgado",
notes="Small 3-GP practice, Rosa ran the whole thing herself. Chose us on price and because the patient messaging replaced their separate SMS tool. Asked whether we'd hold the first-year price at renewal; passed to AM.",
answers={
 "why": "Cheaper than Medibook once SMS credits were counted, and one system instead of two.",
 "criteria_top": "Price (we won), ease of use (about even), messaging (we won clearly). Support not really tested yet.",
},
turns=[
 ("Tom Ekwueme", "Rosa, thanks for doing this. How are the first few weeks going?"),
 ("Rosa Delgado", "Better than I feared. The go-live Monday was chaos but by Wednesday the receptionists had stopped calling me every five minutes."),
 ("Tom Ekwueme", "What made you look in the first place?"),
 ("Rosa Delgado", "We were paying for Medibook and a separate text-reminder service, and the two never agreed about who'd been reminded. Dr Okafor got fed up with no-shows."),
 ("Tom Ekwueme", "Did you look at anything besides Medibook?"),
 ("Rosa Delgado", "Not seriously. A friend at another practice uses CarePoint but it's priced for bigger places than us."),
 ("Tom Ekwueme", "Some clinics your size have asked us about a mobile app for the doctors. Is that something that came up?"),
 ("Rosa Delgado", "No, honestly. Our GPs are at their desks all day. I couldn't care less about an app."),
 ("Tom Ekwueme", "Fair enough. Anything that nearly put you off us?"),
 ("Rosa Delgado", "Your salesperson rang me four times in one week, which was a bit much. And I'll be honest, I'll want that introductory price held when we renew, otherwise I'll be shopping again."),
 ("Tom Ekwueme", "I'll make sure the account team hears that."),
 ("Rosa Delgado", "Thanks. Otherwise, no complaints. The reminders alone have cut DNAs noticeably."),
],
requests=[]))

R.append(dict(
account="Northgate Dermatology", outcome="win", arr=22000, interviewer="Helen Marsh", buyer="Meera Kapoor",
notes="Won against Halcyon Practice. Meera liked the photo handling on patient records (derm) and the claims module. Nearly went Halcyon because Halcyon lets patients book online straight from the clinic website; she asked twice when we'll have that.",
answers={
 "why": "Patient records handle clinical photos properly, side by side over time. Halcyon stores them as generic attachments.",
 "what_would_change": "Online booking. Halcyon has a booking widget for their website and a lot of new enquiries come in out of hours.",
 "criteria_top": "Clinical record quality (us, clearly), billing (us), patient-facing booking (Halcyon), price (roughly level).",
},
turns=[
 ("Helen Marsh", "Meera, congratulations on the new Harrogate room, I saw the post."),
 ("Meera Kapoor", "Thank you! Third treatment room, we're finally not double-booking the laser."),
 ("Helen Marsh", "Tell me how the decision went."),
 ("Meera Kapoor", "It was between you and Halcyon Practice. Both were fine on appointments and billing. What won it for me was the records. In dermatology we're photographing moles over years and I need to see them side by side. Yours does that, Halcyon just dumps them in a folder."),
 ("Helen Marsh", "And what nearly went the other way?"),
 ("Meera Kapoor", "Their booking. Patients go to our website at ten at night, see a free slot, book it, done. With you they still have to ring us in the morning. My receptionist Jo thinks we'll lose people to the clinic down the road because of that."),
 ("Helen Marsh", "Has that happened yet?"),
 ("Meera Kapoor", "Too early to say. But when is it coming? Because if I'm still taking every booking by phone next spring I will be cross."),
 ("Helen Marsh", "I don't have a date, but I'll log it with product and make sure you hear back."),
 ("Meera Kapoor", "Fine. And the onboarding was good, Callum was patient with us."),
],
requests=[
 ("BOOK", "notes", "Halcyon lets patients book online straight from the clinic website; she asked twice when we'll have that"),
 ("BOOK", "answers.what_would_change", "Online booking. Halcyon has a booking widget for their website"),
 ("BOOK", "answers.criteria_top", "patient-facing booking (Halcyon)"),
 ("BOOK", "turns.5", "With you they still have to ring us in the morning"),
 ("BOOK", "turns.7", "if I'm still taking every booking by phone next spring I will be cross"),
]))

R.append(dict(
account="Riverbend Pediatrics", outcome="win", arr=36000, interviewer="Priya Raman", buyer="Grace Whitfield",
notes="First of two calls on Riverbend (Grace, practice manager; Dr Ansel next). We won on patient messaging for parents and the rota. Their IT contractor wants single sign-on with their Microsoft 365 accounts before they add more staff, and Grace flagged lab results still arriving by fax.",
answers={
 "why": "Parents can reply to appointment texts and reschedule themselves, and the rota handles their part-time nurses far better than what they had.",
 "criteria_top": "Parent communication (we were best), rota (best), integrations (weak: no lab feed, no SSO), price (middle).",
 "advice": "Grace: sort out logins. Everyone has a Clinicflow password and a Microsoft password and they forget the first one constantly.",
},
turns=[
 ("Priya Raman", "Grace, thanks. I'm also speaking with Dr Ansel on Thursday, so just give me your side."),
 ("Grace Whitfield", "Sure. Mine is the admin side, his is the clinical side, and we don't always agree!"),
 ("Priya Raman", "How did it start?"),
 ("Grace Whitfield", "Our old system's vendor was bought and they announced end of support. So we had eighteen months, and I'm the one who had to find something."),
 ("Priya Raman", "Who was on the shortlist?"),
 ("Grace Whitfield", "You, CarePoint PM, and briefly Medibook, which we dropped because it had nothing for paediatric growth charts."),
 ("Priya Raman", "And why us?"),
 ("Grace Whitfield", "Parents. Half our day was phone calls moving appointments. With your messaging they just reply to the text. And the rota, I have eleven nurses on different part-time patterns and it finally makes sense."),
 ("Priya Raman", "What would you fix?"),
 ("Grace Whitfield", "Logins. Our IT guy, Marek, asked in the demo whether you support Azure AD and nobody gave him a straight answer. He wants everyone on one sign-in and he'll keep asking."),
 ("Grace Whitfield", "Oh, and the labs. Results from Sonora Labs still come in on the fax and someone scans them into the record. CarePoint said they had a Sonora interface, which Dr Ansel will mention, I guarantee."),
 ("Priya Raman", "That's helpful, thank you."),
],
requests=[
 ("SSO", "notes", "Their IT contractor wants single sign-on with their Microsoft 365 accounts"),
 ("LAB", "notes", "Grace flagged lab results still arriving by fax"),
 ("LAB", "answers.criteria_top", "no lab feed"),
 ("SSO", "answers.criteria_top", "no SSO"),
 ("SSO", "answers.advice", "Everyone has a Clinicflow password and a Microsoft password and they forget the first one constantly"),
 ("SSO", "turns.9", "He wants everyone on one sign-in"),
 ("LAB", "turns.10", "Results from Sonora Labs still come in on the fax and someone scans them into the record"),
]))

R.append(dict(
account="Riverbend Pediatrics", outcome="win", arr=36000, interviewer="Priya Raman", buyer="Tobias Ansel",
notes="Dr Ansel (medical director, Riverbend), second call on this deal. Clinically happy with records and templates. His asks: electronic lab results from Sonora straight into the chart, and something he can use on his phone when on call.",
answers={
 "why": "The paediatric templates and growth charts were better than CarePoint's, and Grace was sold on the messaging.",
 "what_would_change": "CarePoint's Sonora Labs interface. He said: if they'd also been cheaper, I'd have pushed for them.",
 "competitors_considered": "CarePoint PM: strong on integrations, clunky templates. Medibook: dropped early, nothing for growth charts.",
},
turns=[
 ("Priya Raman", "Dr Ansel, thanks. Grace gave me the admin view; I'd love the clinical one."),
 ("Tobias Ansel", "Happy to. I'll say up front, I wanted CarePoint at one point."),
 ("Priya Raman", "What pulled you toward them?"),
 ("Tobias Ansel", "The lab link. We send most bloods to Sonora, and with CarePoint the result lands in the chart, flagged if it's abnormal. With you it's a scanned PDF someone attaches a day later. That's a safety issue, not a convenience."),
 ("Priya Raman", "And what brought you round?"),
 ("Tobias Ansel", "Your templates. The growth charts, the immunisation schedule, the well-child checks. CarePoint's were clearly built for adults and bolted on."),
 ("Priya Raman", "How has the first month been clinically?"),
 ("Tobias Ansel", "Good. Notes are quicker. The one thing I miss is being able to look something up when I'm on call at night. I end up logging into the desktop from my laptop at the kitchen table."),
 ("Priya Raman", "So something on the phone?"),
 ("Tobias Ansel", "An app, yes. Even read-only. See today's list, check an allergy, read the last note. That would change my evenings."),
],
requests=[
 ("LAB", "notes", "electronic lab results from Sonora straight into the chart"),
 ("MOB", "notes", "something he can use on his phone when on call"),
 ("LAB", "answers.what_would_change", "CarePoint's Sonora Labs interface"),
 ("LAB", "turns.3", "with CarePoint the result lands in the chart, flagged if it's abnormal"),
 ("MOB", "turns.7", "The one thing I miss is being able to look something up when I'm on call at night"),
 ("MOB", "turns.9", "An app, yes. Even read-only."),
]))

R.append(dict(
account="Solent Sports Medicine", outcome="win", arr=14400, interviewer="Tom Ekwueme", buyer="Callum Reid",
notes="No recording, Callum was driving between clubs; notes from memory. Won over Medibook on the rota and invoicing to clubs. He runs pitch-side clinics at two football grounds where signal is terrible and wants to keep working when the connection's gone; also asked about video follow-ups for players who are away.",
answers={
 "why": "Invoicing clubs rather than individual patients: we can bill a club for a squad's physio on one invoice, Medibook couldn't.",
 "what_would_change": "Medibook does telehealth built in. He said that nearly did it, because half their follow-ups are for players on loan or away with the national squad.",
 "advice": "Make it work offline. His words: the tablet at the training ground is useless half the time and I end up writing notes on paper.",
},
turns=[],
requests=[
 ("OFF", "notes", "wants to keep working when the connection's gone"),
 ("VID", "notes", "asked about video follow-ups for players who are away"),
 ("VID", "answers.what_would_change", "Medibook does telehealth built in"),
 ("OFF", "answers.advice", "Make it work offline."),
]))

R.append(dict(
account="Kestrel Eye Clinics", outcome="win", arr=180000, interviewer="Helen Marsh", buyer="Adrian Kovac",
notes="Big one: 14 clinics. Adrian (CFO) led; procurement heavy, security questionnaire took 6 weeks. Conditions for phase 2: SAML SSO via Okta, consolidated reporting across all 14 clinics, and an integration with Sage Intacct for their finance team. We won on claims and the implementation plan.",
answers={
 "why": "Implementation plan and claims. Zenith wanted a big-bang go-live; we proposed rolling out in four waves and their ops director trusted that.",
 "what_would_change": "Zenith's finance integration. Zenith posts straight into Sage Intacct; with us, month-end is a CSV import and a reconciliation. Adrian was close to overruling ops on that alone.",
 "criteria_top": "Clinical workflow (we won), claims (we won), security (both passed, but SSO is a condition of phase 2), finance integration (Zenith), group reporting (Zenith), price (Zenith a bit cheaper).",
 "competitors_considered": "Zenith Clinic Suite (final two), Halcyon Practice (dropped, couldn't handle 14 sites).",
 "advice": "Get the security documentation ready before procurement asks. They waited three weeks for a pen-test summary.",
},
turns=[
 ("Helen Marsh", "Adrian, thanks. I know finance at quarter-end isn't a quiet time."),
 ("Adrian Kovac", "It never is. Go ahead."),
 ("Helen Marsh", "Can you take me through how the decision was made?"),
 ("Adrian Kovac", "We had a steering group: me, Nadia our ops director, our head of IT, and two optometrists. Zenith and you made the final two. Halcyon fell out early, it's a single-practice product really."),
 ("Helen Marsh", "What did the group weigh most?"),
 ("Adrian Kovac", "Nadia cared about the clinics not falling over during the switch. Your four-wave rollout won her. The optometrists liked your recall workflows. I cared about finance, and there Zenith was better."),
 ("Helen Marsh", "In what way?"),
 ("Adrian Kovac", "Zenith posts every invoice and payment straight into Sage Intacct. With you my team will export a CSV, import it, and reconcile. For fourteen clinics that's days every month. I need that integration, and I said so in the contract negotiation."),
 ("Helen Marsh", "Understood. What about reporting?"),
 ("Adrian Kovac", "Same story. I want one view of all fourteen clinics: revenue, utilisation, recall rates, side by side. Today I'd get fourteen reports."),
 ("Helen Marsh", "And IT?"),
 ("Adrian Kovac", "Our head of IT, Priyanka, won't roll out to phase two until staff log in through Okta. That's non-negotiable for her. Single sign-on, and turning off accounts when people leave."),
 ("Helen Marsh", "Anything on the commercial side?"),
 ("Adrian Kovac", "Your procurement responses were slow. Three weeks for a pen-test summary is too long. And we'll want to talk about the price for phase two, but that's for your account manager."),
],
requests=[
 ("SSO", "notes", "SAML SSO via Okta"),
 ("MSR", "notes", "consolidated reporting across all 14 clinics"),
 ("ACC", "notes", "an integration with Sage Intacct for their finance team"),
 ("ACC", "answers.what_would_change", "Zenith posts straight into Sage Intacct; with us, month-end is a CSV import and a reconciliation"),
 ("SSO", "answers.criteria_top", "SSO is a condition of phase 2"),
 ("ACC", "answers.criteria_top", "finance integration (Zenith)"),
 ("MSR", "answers.criteria_top", "group reporting (Zenith)"),
 ("ACC", "turns.7", "I need that integration"),
 ("MSR", "turns.9", "I want one view of all fourteen clinics"),
 ("SSO", "turns.11", "won't roll out to phase two until staff log in through Okta"),
]))

R.append(dict(
account="Bluebell Chiropractic", outcome="win", arr=7200, interviewer="Tom Ekwueme", buyer="Hannah Lowe",
notes="Solo chiro plus one associate. Came via a referral from another customer. Won easily, she didn't seriously look elsewhere after her Medibook trial expired. Quick call, 15 min.",
answers={
 "why": "Everything she needs in one place, and the setup call got her running in an afternoon. Her words: I'm not a computer person and I didn't need to be.",
 "criteria_top": "Ease of setup (us), price (fine), support (good so far, Sophie on chat praised by name).",
 "competitors_considered": "Medibook trial, let it lapse: too many settings. Nothing else.",
},
turns=[],
requests=[]))

R.append(dict(
account="Pinecrest Women's Health", outcome="win", arr=31000, interviewer="Helen Marsh", buyer="Olivia Brandt",
notes="Won vs PracticeLoop. Olivia pushed back hard on seat pricing: 9 of their 22 users are sonographers and midwives who only check the schedule, and she wants a cheaper view-only seat for them. Also uses QuickBooks Online and hates re-entering payments.",
answers={
 "why": "Billing and claims for the maternity packages; PracticeLoop couldn't split a global maternity fee across visits.",
 "what_would_change": "Cost of seats. She said: I'm paying full price for people who open it twice a day to look at the schedule. Give me a view-only licence and we're fine.",
 "advice": "Connect to QuickBooks. Every payment gets typed in twice, once in Clinicflow and once by our bookkeeper.",
},
turns=[
 ("Helen Marsh", "Olivia, hi. Thanks for squeezing me in."),
 ("Olivia Brandt", "No problem, I've got twenty minutes before clinic."),
 ("Helen Marsh", "What was the trigger for changing systems?"),
 ("Olivia Brandt", "Billing. We do a lot of global maternity packages and our old system couldn't split the fee. Our biller, Dana, was doing it by hand in a spreadsheet."),
 ("Helen Marsh", "Who else did you look at?"),
 ("Olivia Brandt", "PracticeLoop. Nice people, nice interface, but when Dana tested a maternity package it just couldn't do it. That was the end of it really."),
 ("Helen Marsh", "So fairly clear-cut?"),
 ("Olivia Brandt", "On function, yes. On cost I nearly walked. Nine of our people are sonographers and midwives. They look at the schedule, that's all. Paying a full seat for each of them stings. If you had a view-only login at a lower price, I wouldn't have had to fight my partners over the budget."),
 ("Helen Marsh", "I'll pass that on. Anything else?"),
 ("Olivia Brandt", "QuickBooks. Dana enters every payment in Clinicflow and then again in QuickBooks for our bookkeeper. It'd be great if Clinicflow and QuickBooks just talked to each other."),
 ("Helen Marsh", "How's onboarding?"),
 ("Olivia Brandt", "Mostly good. The trainer was great, the documentation less so. Some of the help articles show screens that don't exist any more."),
],
requests=[
 ("SEAT", "notes", "she wants a cheaper view-only seat for them"),
 ("ACC", "notes", "uses QuickBooks Online and hates re-entering payments"),
 ("SEAT", "answers.what_would_change", "Give me a view-only licence and we're fine"),
 ("ACC", "answers.advice", "Connect to QuickBooks."),
 ("SEAT", "turns.7", "If you had a view-only login at a lower price"),
 ("ACC", "turns.9", "It'd be great if Clinicflow and QuickBooks just talked to each other"),
]))
