"""Hand-written NPS comments ("What is the main reason for your score?") for a blind
sentiment evaluation set, id prefix "a".

Each entry is (product_kind, text, label). Every text was typed by hand, one at a time,
in batches of about 20. Nothing here is generated, templated or combined from fragments.

Product kinds:
  clinic_dental          clinic and dental practice management
  property_management    property management
  construction_pm        construction project management
  school_sis             school / student information systems
  nonprofit_donor        nonprofit donor management
  field_service          field service and dispatch
  legal_practice         legal practice management
  restaurant_backoffice  restaurant and hospitality back office
"""

COMMENTS = []

# Batch 1: clinic and dental practice management
COMMENTS += [
    ("clinic_dental", "The online booking alone paid for it. Our front desk used to spend half the morning on the phone, now patients book themselves and the reminders go out automatically. Setting up the text message sender name was a bit of a struggle, but support sorted it within a day. No-shows are down too, which I didn't expect.", "positive"),
    ("clinic_dental", "easy", "positive"),
    ("clinic_dental", "Charting is quick and the perio chart is the best I've used. Would love it if the x-ray viewer opened in the same window instead of a new tab.", "positive"),
    ("clinic_dental", "Priya, our account manager, has been brilliant from day one. Any time we've had a question she's come back within the hour.", "positive"),
    ("clinic_dental", "Never had a single issue with claims since we moved over last year. Rejections are way down.", "positive"),
    ("clinic_dental", "I'll be honest, I fought against switching because I'd used our old system for eleven years. The first two weeks were painful and I complained a lot. But now I can't imagine going back: treatment plans, insurance estimates and recalls all talk to each other. Not cheap, but worth it for a 4-chair practice like ours.", "positive"),
    ("clinic_dental", "Very good software, the recall system is working very well for our patients. Thank you to all the team 🙂", "positive"),
    ("clinic_dental", "It does what we need. Nothing more, nothing less.", "neutral"),
    ("clinic_dental", "Please add a way to send treatment plans for e-signature. At the moment we print them, have the patient sign, and scan them back in.", "neutral"),
    ("clinic_dental", "We only went live three weeks ago so hard to say yet. Ask me again after our first month-end.", "neutral"),
    ("clinic_dental", "The scheduling is great, the reporting is a mess. Evens out I guess.", "neutral"),
    ("clinic_dental", "Is there any plan to support multiple locations under one login? We're opening a second clinic in the spring.", "neutral"),
    ("clinic_dental", "fine", "neutral"),
    ("clinic_dental", "Clinically it's solid. The patient portal looks dated and some of our older patients struggle with it, although the younger ones seem happy enough. Support answered my ticket but it took four days. Overall it's okay, not amazing.", "neutral"),
    ("clinic_dental", "We will not be renewing. The price went up 30% at renewal with two weeks' notice and nothing new to show for it.", "negative"),
    ("clinic_dental", "System was down for most of Monday morning with a full waiting room. Nobody told us anything until noon.", "negative"),
    ("clinic_dental", "Oh good, another update that moved every button. Just what a busy surgery needs on a Monday.", "negative"),
    ("clinic_dental", "Onboarding was a nightmare. Our data migration from the old system lost about 200 patient notes and we had to re-enter them by hand. The trainer was nice but clearly didn't know the dental side. Things are better now, but I would not recommend it to another practice based on what we went through.", "negative"),
    ("clinic_dental", "Support is a chatbot that sends you to help articles that don't answer the question. Please bring back a phone number for practices.", "negative"),
    ("clinic_dental", "El programa es lento y se cuelga a menudo cuando abrimos las fichas de los pacientes. No lo recomendaría.", "negative"),
    ("clinic_dental", "too many clicks to do simple things like check in a patient. staff hate it", "negative"),
]

# Batch 2: property management
COMMENTS += [
    ("property_management", "Rent collection is so much smoother since tenants can pay online. Late payments dropped noticeably in the first quarter.", "positive"),
    ("property_management", "Great product, great people. Tom our CSM went above and beyond when we onboarded 300 units in one go.", "positive"),
    ("property_management", "Love the owner statements, our landlords actually read them now! If you could add a bulk edit for lease renewals it would be perfect.", "positive"),
    ("property_management", "10/10 for the maintenance request flow 👍", "positive"),
    ("property_management", "Not bad at all. A few quirks in the accounting module but nothing that stops us working, and it's miles better than the spreadsheets we had.", "positive"),
    ("property_management", "We had a problem with duplicate charges in our first week. Support fixed it the same day and explained exactly what had happened and why. That's the reason I trust them, and the reason for my 9.", "positive"),
    ("property_management", "Reliable. The tenant portal is easy for our residents and the bank reconciliation just works.", "positive"),
    ("property_management", "Works okay for residential. For our commercial units we still use a separate spreadsheet for CAM reconciliations.", "neutral"),
    ("property_management", "Can you integrate with QuickBooks Online? We export every month and re-key the totals.", "neutral"),
    ("property_management", "Decent. Some things are great, some are clunky.", "neutral"),
    ("property_management", "Inspections on the mobile app are handy but it crashes when there are more than about 50 photos. Otherwise fine.", "neutral"),
    ("property_management", "Too soon to rate, we're still migrating our buildings.", "neutral"),
    ("property_management", "The leasing side is excellent and our agents like it. The accounting side is weak, and our finance team does a lot of the month-end in Excel as a workaround. I'd say it is half of a great product. My score reflects that.", "neutral"),
    ("property_management", "Please allow tenants to upload their renter's insurance certificates through the portal.", "neutral"),
    ("property_management", "We're switching to AppFolio at the end of the contract. The reporting just isn't there for a portfolio our size.", "negative"),
    ("property_management", "Billing charged us for 1,200 units when we have 850. It took three months and five emails to get a credit, and every email went to a different person who asked me to explain it all again. As the finance lead I now check every invoice line by line, which is not what we pay you for.", "negative"),
    ("property_management", "Support closes tickets without fixing anything. Three times now.", "negative"),
    ("property_management", "Yeah, love paying per unit for features that were free last year. Fantastic.", "negative"),
    ("property_management", "the owner portal is confusing and our owners call us instead of using it, which defeats the point. a simple view with just statements and payments would do", "negative"),
    ("property_management", "Wir sind mit der Nebenkostenabrechnung sehr unzufrieden. Sie ist fehleranfällig und der Support antwortet nur auf Englisch.", "negative"),
    ("property_management", "Honestly I wanted to like it. The demo looked great and the sales team promised a full integration with our bank. Six months in, the bank feed still breaks every couple of weeks and we reconcile manually. We've asked for a roadmap date and no one will give one. Not renewing unless that changes.", "negative"),
]

# Batch 3: construction project management
COMMENTS += [
    ("construction_pm", "RFIs and submittals in one place has saved our PMs hours every week.", "positive"),
    ("construction_pm", "The field app works offline on site, which is the whole reason we picked it. Our supers actually use it.", "positive"),
    ("construction_pm", "Solid. Would be great to have a Gantt view that subs can see without needing a licence, but we're very happy overall.", "positive"),
    ("construction_pm", "Daily logs with photos have already settled two disputes with clients. Worth every penny.", "positive"),
    ("construction_pm", "no complaints, our foremen picked it up in a day", "positive"),
    ("construction_pm", "Our implementation consultant, Marcus, knew construction and not just software. He walked our site teams through it on their own jobs instead of a demo project, and the rollout across 14 jobs was painless. First software rollout in this company that nobody grumbled about.", "positive"),
    ("construction_pm", "Great for change orders. The cost tracking is a big step up from what we had: budget vs actual is finally visible per cost code, and the problem jobs show up weeks earlier than before.", "positive"),
    ("construction_pm", "Good for document control. The scheduling tool is basic and we still use MS Project for anything serious, a proper critical path view would help.", "neutral"),
    ("construction_pm", "Does the job.", "neutral"),
    ("construction_pm", "We need a Procore sync for the projects where we're the sub. Right now our PM enters everything twice.", "neutral"),
    ("construction_pm", "It's a good system and the site teams like it. But it's expensive for a company our size, and we only really use the documents and the daily logs, not the bidding or the financials. We're weighing up whether we use enough of it to justify the cost at the next renewal.", "neutral"),
    ("construction_pm", "Only started using it on one pilot project. Early days.", "neutral"),
    ("construction_pm", "Is there a way to lock a drawing set so the field can't open superseded revisions? Asked support, didn't get a clear answer.", "neutral"),
    ("construction_pm", "The product itself is fine and does most of what we need. Where it falls down is the mobile app on older Android tablets, which some of our crews still use. Loading drawings can be slow on those. On iPads it's quick. So mixed, depends who you ask on site.", "neutral"),
    ("construction_pm", "We are moving back to spreadsheets. Too complicated for a 12-person company and the price keeps going up.", "negative"),
    ("construction_pm", "The app logged our supers out three times a day during pour week. Lost a whole daily log. Unacceptable.", "negative"),
    ("construction_pm", "sales promised an integration with our accounting (Sage 300) that turned out to be a CSV export. feel misled", "negative"),
    ("construction_pm", "Great, the budget report crashed again right before the owner meeting. Love that for us.", "negative"),
    ("construction_pm", "Support is only available during US hours and we're in Australia. Every issue waits a day, and on a live job a day is a lot of money.", "negative"),
    ("construction_pm", "Trop cher pour ce que c'est, et la traduction française est incomplète. Nous cherchons une autre solution.", "negative"),
    ("construction_pm", "We liked the product when we bought it two years ago. Since the acquisition everything has changed: our CSM left, the support team reads from a script, and the features we were promised are 'deprioritised'. We have started evaluating alternatives and will probably not renew in June.", "negative"),
]

# Batch 4: school / student information systems
COMMENTS += [
    ("school_sis", "Gradebook is intuitive and parents have stopped emailing me to ask about grades because they can see them.", "positive"),
    ("school_sis", "Attendance takes me 30 seconds per class now. Thank you!", "positive"),
    ("school_sis", "Timetabling used to take our deputy head two weeks in August. This year it took three days. Brilliant.", "positive"),
    ("school_sis", "Really pleased overall. Please add a way to export report cards in Spanish for our bilingual families, at the moment we translate them manually.", "positive"),
    ("school_sis", "Our district rep Angela is amazing. Responsive, honest when something can't be done, and she always follows up.", "positive"),
    ("school_sis", "it just works 😊", "positive"),
    ("school_sis", "There were a few issues with state reporting in our first year, I won't pretend otherwise. But every one was resolved before the deadline and the team kept us informed the whole way. We've just renewed for three years and I'd happily recommend it to another district.", "positive"),
    ("school_sis", "Teachers like it, the office staff less so. Can the admin screens get the same redesign the teacher side got?", "neutral"),
    ("school_sis", "It's alright. Does attendance and grades, that's what we bought it for.", "neutral"),
    ("school_sis", "Would it be possible to have the parent app in more languages? Many of our families speak Arabic or Somali.", "neutral"),
    ("school_sis", "First term on it, ask me in June.", "neutral"),
    ("school_sis", "Please add a bulk import for timetables from CSV.", "neutral"),
    ("school_sis", "The gradebook is good, the behaviour module is not really usable, and the report builder is somewhere in between. We're a big secondary school with lots of custom needs and I think the product is aimed at smaller schools. It's fine for now but we'll review it next year.", "neutral"),
    ("school_sis", "Für den Stundenplan gut, für die Notenverwaltung eher umständlich. Insgesamt in Ordnung.", "neutral"),
    ("school_sis", "Login problems every Monday morning when the whole school signs in at once. It's been going on for months.", "negative"),
    ("school_sis", "The district is replacing it with PowerSchool next year and honestly nobody is sad about it.", "negative"),
    ("school_sis", "support never answer the phone, tickets take weeks, we are a school not a company with time to wait", "negative"),
    ("school_sis", "Report cards printed with the wrong grades for an entire year group. We had to send an apology letter to 180 families. Nobody from your side apologised to us.", "negative"),
    ("school_sis", "Wow, the new parent portal is so intuitive that only half our parents can log in. Great job.", "negative"),
    ("school_sis", "The training was one 45-minute webinar for 80 teachers. No follow-up, no materials worth reading. We've been learning it by trial and error, and the help articles describe an older version of the screens. I'd give the product itself a 6, but the onboarding drags it down. Would not recommend it to another school right now.", "negative"),
    ("school_sis", "Too expensive per student for a small rural school. We pay for modules we can't even switch off, let us choose the ones we actually use.", "negative"),
]

# Batch 5: nonprofit donor management
COMMENTS += [
    ("nonprofit_donor", "Gift Aid claims take minutes now instead of a whole day. Huge for a small charity like ours.", "positive"),
    ("nonprofit_donor", "Finally a donor database our volunteers can use without a training session.", "positive"),
    ("nonprofit_donor", "Love the donation forms. If we could add a recurring gift upsell on the thank-you page it would be perfect.", "positive"),
    ("nonprofit_donor", "Excellent. Our year-end receipts all went out in one afternoon.", "positive"),
    ("nonprofit_donor", "Our CSM Fatima understood fundraising, not just the software. She sat with our development director for two afternoons and helped us set up the major donor pipeline properly. Six months later our mid-level giving is up and we know exactly who to call each week. I recommend this company because of people like her.", "positive"),
    ("nonprofit_donor", "Never lost a record, never had downtime during our giving day. That's all I ask for.", "positive"),
    ("nonprofit_donor", "great value for nonprofits, the discount makes a real difference to our budget", "positive"),
    ("nonprofit_donor", "We use it mainly for the mailing lists. It's fine for that.", "neutral"),
    ("nonprofit_donor", "Please add a Mailchimp integration that syncs tags both ways. We currently export segments to CSV every week.", "neutral"),
    ("nonprofit_donor", "Reports are powerful but hard to build. Could you ship some ready-made templates for the usual fundraising reports?", "neutral"),
    ("nonprofit_donor", "We only use a small part of it. Can't really judge the rest.", "neutral"),
    ("nonprofit_donor", "Is the event ticketing module coming back? We used it in the old version and miss it.", "neutral"),
    ("nonprofit_donor", "Good for donations, weak for grants management. We run grants in a separate tool.", "neutral"),
    ("nonprofit_donor", "The system is not bad and the price is right for a charity our size. Still, we've hit the limit on custom fields twice this year and the workaround is ugly. The mobile view for volunteers could be better too. It's a 7 from me: good enough, room to grow.", "neutral"),
    ("nonprofit_donor", "Cancelling at renewal. We're a volunteer-run org and the new pricing tiers put us out of reach.", "negative"),
    ("nonprofit_donor", "The payment processing fees are hidden until you read the small print. Felt like a bait and switch.", "negative"),
    ("nonprofit_donor", "Our data import duplicated 3000 donors. The import tool said it had finished without errors. When we rang support they told us it was a known issue with the CSV template and asked why we hadn't read the release notes. Nobody could undo it, and we spent weeks cleaning it up by hand.", "negative"),
    ("nonprofit_donor", "slow slow slow. every page takes 5 seconds to load", "negative"),
    ("nonprofit_donor", "Thanks for sending the thank-you letters to the wrong donors during our biggest campaign of the year. Really built trust.", "negative"),
    ("nonprofit_donor", "Nuestra organización es pequeña y el soporte nunca responde a tiempo. Estamos pensando en cambiar de proveedor.", "negative"),
    ("nonprofit_donor", "I was the one who chose this system three years ago and I defended it for a long time. But the product has barely changed, every improvement we ask for goes into a 'feedback portal' and disappears, and our board is asking why we pay so much for a glorified spreadsheet. We're moving to Bloomerang in the new year.", "negative"),
]

# Batch 6: field service and dispatch
COMMENTS += [
    ("field_service", "Dispatch board is clear and drag-and-drop. Our dispatcher loves it.", "positive"),
    ("field_service", "Technicians get their jobs on the phone, take photos and collect payment on site. Invoices go out the same day now and our cash flow is much better for it. We were worried the older techs wouldn't take to it, but after a week even our most senior guy, who still keeps a paper diary, was closing jobs on his phone.", "positive"),
    ("field_service", "Route optimisation saves each van about an hour a day. Would love a customer-facing 'technician on the way' text with a live ETA, like the delivery apps have.", "positive"),
    ("field_service", "Best decision we made this year.", "positive"),
    ("field_service", "The app is a bit slow on older phones, but that's my only gripe. Everything else is spot on.", "positive"),
    ("field_service", "Kevin in support stayed on the phone with me for an hour to sort out our price book import. Legend.", "positive"),
    ("field_service", "we are a small HVAC company and it is very good for us, the guys learned it fast. thanks", "positive"),
    ("field_service", "OK for scheduling, not great for inventory. Barcode scanning for parts would help.", "neutral"),
    ("field_service", "Please add parts tracking per van. Right now each tech keeps a paper list and we reconcile on Fridays.", "neutral"),
    ("field_service", "Can the technician app work offline? Some of our jobs are in basements with no signal.", "neutral"),
    ("field_service", "Does the basics well. Nothing special.", "neutral"),
    ("field_service", "We're two weeks in. So far so good but too early to say.", "neutral"),
    ("field_service", "Great scheduling, terrible invoicing. Our office manager loves one half and hates the other.", "neutral"),
    ("field_service", "Our technicians like it and the dispatch side works. The problem is reporting: I can't get first-time fix rate or revenue per technician without exporting to Excel, and that's what the owners ask me for every month. If that came I'd be a promoter. For now it's somewhere in the middle.", "neutral"),
    ("field_service", "The GPS tracking drains the techs' batteries by lunchtime. Half of them have turned it off. We raised it in March and were told a fix was coming in the next release. Two releases later it's the same, and now I can't see where anyone is.", "negative"),
    ("field_service", "We're leaving for ServiceTitan. We outgrew it, and the integrations we need aren't on the roadmap.", "negative"),
    ("field_service", "Sync between the office and the app fails regularly and jobs disappear from the tech's schedule. Customers have been left waiting at home for someone who never shows up.", "negative"),
    ("field_service", "Support takes 3 days to reply to 'urgent' tickets. What's the point of the urgent button?", "negative"),
    ("field_service", "Lovely, another price increase and the same bugs. Keep it up.", "negative"),
    ("field_service", "The system is confusing and the app keeps crashing. Our technicians don't want to use it anymore.", "negative"),
    ("field_service", "I'd like to be fair: the product has potential and the people are nice. But we were promised a 6-week implementation and it took five months, our QuickBooks sync still creates duplicate customers, and we've paid for a year we barely used. Please add a proper two-way sync or at least a duplicate merge tool before anyone else goes through this. We won't be renewing.", "negative"),
]

# Batch 7: legal practice management
COMMENTS += [
    ("legal_practice", "Time tracking is effortless. My billable hours went up because I actually capture them now.", "positive"),
    ("legal_practice", "Trust accounting is compliant and the three-way reconciliation report makes our annual audit simple. Our bookkeeper was sceptical at first and she's now the biggest fan in the office. The only thing I'd change is the invoice template editor, which is fiddly, but that's minor.", "positive"),
    ("legal_practice", "Muy bueno. A nuestros clientes les gusta el portal para compartir documentos en lugar del correo electrónico.", "positive"),
    ("legal_practice", "Very happy. One thing: could you add a conflict check that also searches former client names? We do that by hand today.", "positive"),
    ("legal_practice", "Jen, our CSM, ran a training session for our paralegals on her own initiative. Made a big difference.", "positive"),
    ("legal_practice", "Been on it 4 years, never had a reason to look elsewhere.", "positive"),
    ("legal_practice", "Not the cheapest option, but the one all our partners agreed on, and nobody has complained since. For a law firm that's a miracle.", "positive"),
    ("legal_practice", "Filing emails to a matter from Gmail is one click. Massive time saver.", "positive"),
    ("legal_practice", "Please add a matter budget alert when we hit 80% of the estimate. We check it manually each week.", "neutral"),
    ("legal_practice", "Billing is good. Document management is poor. We use NetDocuments alongside it.", "neutral"),
    ("legal_practice", "It's fine. Our previous system was worse, the one before that was better.", "neutral"),
    ("legal_practice", "Does it integrate with MYOB or only with Xero? We need to know before we roll it out to the other office.", "neutral"),
    ("legal_practice", "Just rolled out to the litigation team. Too early.", "neutral"),
    ("legal_practice", "Acceptable. Court deadline calendaring rules would help a lot.", "neutral"),
    ("legal_practice", "We're a mid-size firm and the product covers about 80% of what we need. The other 20% (custom intake forms, a better conflict search, some reports the partners like) we handle with other tools or by hand. It isn't a bad product and the price is in line with the market. I gave it a 7.", "neutral"),
    ("legal_practice", "Invoices went out with the wrong VAT rate after your update. Our clients noticed before we did.", "negative"),
    ("legal_practice", "The firm has decided not to renew. There were too many outages around filing deadlines for us to trust it with client work. When it's up, the product is fine. That isn't enough for a litigation practice.", "negative"),
    ("legal_practice", "awful search. cant find documents i uploaded yesterday. full text search please", "negative"),
    ("legal_practice", "Support told me the bug was 'working as designed'. It isn't.", "negative"),
    ("legal_practice", "So glad I spent my Sunday re-entering time entries after the sync wiped them. Truly a joy.", "negative"),
    ("legal_practice", "Onboarding took far longer than promised, and the data migration from our old system left hundreds of matters without contacts attached. Our office manager spent most of a quarter fixing it. The product is okay now that it's set up, but the experience put the partners off and I wouldn't recommend it to another firm.", "negative"),
    ("legal_practice", "Price doubled when you moved us onto the 'Pro' plan we never asked for. Our managing partner wants a list of alternatives on his desk by Friday.", "negative"),
]

# Batch 8: restaurant and hospitality back office
COMMENTS += [
    ("restaurant_backoffice", "Inventory counts used to take all Sunday night, now it's an hour with the scanner. Food cost is down 3 points since we started.", "positive"),
    ("restaurant_backoffice", "Scheduling and tip pooling in one place, staff love the app.", "positive"),
    ("restaurant_backoffice", "Awesome!!", "positive"),
    ("restaurant_backoffice", "Great support, great product. Any chance of an integration with Toast for the sales data? We import it by hand every morning.", "positive"),
    ("restaurant_backoffice", "Our rep Diego helped us set up recipe costing for all 4 locations. He came in before service, talked the chefs through it in Spanish and English, and stayed until it all made sense. Couldn't have done it without him.", "positive"),
    ("restaurant_backoffice", "Honestly can't fault it. The invoice scanning catches price creep from suppliers that we used to miss completely.", "positive"),
    ("restaurant_backoffice", "It's not perfect, the menu engineering report is a bit basic, but it has made our back office so much calmer. We were drowning in clipboards and spreadsheets before. I'd recommend it to any independent restaurant.", "positive"),
    ("restaurant_backoffice", "We use it for scheduling only. Fine for that.", "neutral"),
    ("restaurant_backoffice", "Please add a prep list generated from the par levels. Our chefs write them on paper every morning.", "neutral"),
    ("restaurant_backoffice", "Labour reports are good, inventory is clunky. Mixed feelings. A proper mobile count screen would fix most of it.", "neutral"),
    ("restaurant_backoffice", "Opened our second site last month and only just switched it on there. Will know more soon.", "neutral"),
    ("restaurant_backoffice", "Does it do allergen matrices? Couldn't find it.", "neutral"),
    ("restaurant_backoffice", "meh. it works", "neutral"),
    ("restaurant_backoffice", "The app is great for the front of house team and the managers use the labour reports every day. The back of house side is less convincing: recipe costing takes ages to set up and our head chef gave up halfway. I'd recommend it for scheduling, not yet for kitchens.", "neutral"),
    ("restaurant_backoffice", "Cost per location is high, but so is what we get out of it. The hotel group is still deciding whether the labour savings cover the fee. Ask me after the summer season.", "neutral"),
    ("restaurant_backoffice", "Payroll export to ADP broke twice this year, both times on payday. Staff got paid late. We are switching.", "negative"),
    ("restaurant_backoffice", "Le logiciel est compliqué et le support ne répond jamais au téléphone. Je ne le recommande pas.", "negative"),
    ("restaurant_backoffice", "Support is impossible to reach at weekends, which is when restaurants actually run. The schedule screen died at 10am on a Saturday in the middle of brunch. The emergency line went to voicemail and the email reply came on Monday, 'apologising for the inconvenience'.", "negative"),
    ("restaurant_backoffice", "Brilliant, the app went down on New Year's Eve. Best timing ever.", "negative"),
    ("restaurant_backoffice", "Price increase of 40% with no new features. We've given notice. If you ever deliver the POS integrations you promised, we might look again.", "negative"),
    ("restaurant_backoffice", "We signed up for the inventory module because of the demo. In practice the supplier catalogues are out of date, the counts don't match our POS, and every week someone has to fix the numbers by hand. I raised it with our account manager twice and got a 'we'll look into it'. We're not going to renew next year.", "negative"),
    ("restaurant_backoffice", "to many bugs, the schedule dont save sometimes and staff come on the wrong day", "negative"),
]
