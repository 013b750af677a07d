# Hand-written evaluation comments for Berthwise (invented marina & boatyard management SaaS).
# Each entry: (account, text, label, [(item, evidence), ...]), typed one at a time.

ACCOUNTS = [
    # (name, arr, status)
    ("Bayline Marine Group", 540000, "active"),
    ("Port Arden Yacht Harbour", 310000, "active"),
    ("Saltmarsh Holdings Marinas", 265000, "active"),
    ("Cape Verity Boatworks & Marina", 180000, "active"),
    ("Northhaven Marina", 96000, "active"),
    ("Greyheron Yacht Club", 72000, "active"),
    ("Lantern Cove Marina", 58000, "active"),
    ("Kestrel Point Boatyard", 44000, "active"),
    ("Millbrook Harbour", 38000, "active"),
    ("Ostra Bay Marina", 31000, "active"),
    ("Stillwater Harbor Marina", 28500, "active"),
    ("Blue Tern Marina", 26000, "active"),
    ("Bramble Point Marina", 22000, "active"),
    ("Club Náutico Puerto Arenal", 21000, "active"),
    ("Anchor Bend Marina", 19500, "active"),
    ("Carrick Marine Services", 18000, "active"),
    ("Hafen Seewinkel", 17000, "active"),
    ("Tollers Wharf", 16500, "active"),
    ("Port de plaisance de Marais-Saint-Luc", 15000, "active"),
    ("Dunmore Quay", 14000, "active"),
    ("Roughwater Yard", 13800, "active"),
    ("Whitewater Landing", 12500, "active"),
    ("Fenwick Creek Marina", 11000, "active"),
    ("Cedar Narrows Marina", 10200, "active"),
    ("Pike Lake Marina", 9500, "active"),
    ("Sandpiper Boat Storage", 8400, "active"),
    ("Otter Creek Boatyard", 7900, "active"),
    ("Heron's Rest Moorings", 7200, "active"),
    ("Gullhaven Moorings", 6800, "active"),
    ("Little Elk Boat Club", 6000, "active"),
    ("Mariner's Reach", 24000, "churned"),
    ("Eastgate Boat Basin", 41000, "churned"),
    ("Tern Island Marina", 9000, "churned"),
    ("Harbourlight Marinas", 220000, "lost"),
    ("Silverkeel Yacht Haven", 35000, "lost"),
    ("Quarry Lake Marina", 8800, "lost"),
]

# canonical roadmap item names
WAIT = "Slip waitlist"
FUEL = "Fuel pump integration"
DYN = "Dynamic slip pricing"
INS = "Insurance certificate tracking"
POWER = "Shore power metering"
APP = "Boater mobile app"
XERO = "Xero integration"
GATE = "Gate access integration"
SSO = "Single sign-on"
STORM = "Storm haul-out plan"
LANG = "Multilingual boater portal"
PUMPOUT = "Pump-out requests"

COMMENTS = []

# ---- batch 1: Bayline, Port Arden, Saltmarsh ----
COMMENTS.append(("Bayline Marine Group",
    "We run seven fuel docks across the group and every night someone reconciles the pump totals against what the dock hands keyed into Berthwise. It never matches. If the dispensers fed sales straight into the POS we'd save hours and stop arguing with our fuel supplier about shrinkage.",
    "neutral",
    [(FUEL, "If the dispensers fed sales straight into the POS")]))
COMMENTS.append(("Bayline Marine Group",
    "Group ops here. Two things keep coming up at our site managers' meeting: the fuel pumps aren't connected to anything, and gate fobs are still managed in a separate system, so when a seasonal contract ends the boater can still get onto the dock for weeks. Sort those out and you're the standard across every marina we own.",
    "neutral",
    [(FUEL, "the fuel pumps aren't connected to anything"),
     (GATE, "gate fobs are still managed in a separate system, so when a seasonal contract ends the boater can still get onto the dock for weeks")]))
COMMENTS.append(("Bayline Marine Group",
    "9 - solid platform, our dockmasters actually like it. pump integration with the Gilbarco controllers is the one thing on my list",
    "positive",
    [(FUEL, "pump integration with the Gilbarco controllers")]))
COMMENTS.append(("Bayline Marine Group",
    "Our transient revenue team wants rates that move with demand. July weekends and the boat show sell out at exactly the same price as a wet Tuesday in April. Right now somebody edits the rate table by hand before every holiday and usually forgets to put it back.",
    "neutral",
    [(DYN, "rates that move with demand")]))
COMMENTS.append(("Bayline Marine Group",
    "The boaters keep asking us for an app. The portal is ok on a laptop but they want to tap one button on the phone and have the boat in the water when they pull into the lot.",
    "neutral",
    [(APP, "The boaters keep asking us for an app")]))
COMMENTS.append(("Bayline Marine Group",
    "IT asked me to put this in: we're moving every system behind Okta this year and Berthwise is one of the last logins that isn't. SSO please.",
    "neutral",
    [(SSO, "SSO please")]))
COMMENTS.append(("Bayline Marine Group",
    "Switched all seven sites over last winter and it was the smoothest software rollout I've done in this job. Our CSM was on every single cutover call, including the one at 6am.",
    "positive",
    []))
COMMENTS.append(("Bayline Marine Group",
    "The haul-out calendar double-booked the 75-ton lift twice in May. Support traced it to a timezone setting on the Ridley Point site and it's fixed now, but it cost us one very unhappy customer with a 60ft boat sitting on the wall.",
    "neutral",
    []))
COMMENTS.append(("Port Arden Yacht Harbour",
    "Renewal is coming up and our finance director has two questions for you: when will the fuel berth pumps talk to the till, and when can we sign in with our Microsoft accounts instead of yet another password? We like the product but those two are on the renewal checklist.",
    "neutral",
    [(FUEL, "when will the fuel berth pumps talk to the till"),
     (SSO, "when can we sign in with our Microsoft accounts instead of yet another password")]))
COMMENTS.append(("Port Arden Yacht Harbour",
    "Diesel sales at the fuel pontoon are still written on a pad and typed in at the end of the shift. We find errors every single week. Last August we were out by 900 litres and never worked out where it went.",
    "negative",
    [(FUEL, "Diesel sales at the fuel pontoon are still written on a pad and typed in at the end of the shift")]))
COMMENTS.append(("Port Arden Yacht Harbour",
    "Any plans for linking the fuel dispensers? We were told 'next year' two years ago. Starting to wonder if anyone is listening.",
    "negative",
    [(FUEL, "Any plans for linking the fuel dispensers?")]))
COMMENTS.append(("Port Arden Yacht Harbour",
    "Berth holders' insurance is my headache. Before the AGM we need to see who has a valid certificate and who has lapsed, and at the moment that means opening 400 PDFs attached to 400 boat records. Works, but it's a week of my life.",
    "neutral",
    [(INS, "we need to see who has a valid certificate and who has lapsed")]))
COMMENTS.append(("Port Arden Yacht Harbour",
    "Very good. The lads on the fuel berth picked it up in a morning.",
    "positive",
    []))
COMMENTS.append(("Port Arden Yacht Harbour",
    "Price went up 18% at renewal with nothing new that we actually use. Hard to justify to the board. We will be looking at alternatives before the next renewal.",
    "negative",
    []))
COMMENTS.append(("Saltmarsh Holdings Marinas",
    "we'd happily pay more for a module that pulls the fuel sales off the pump controller. three marinas, three fuel docks, one very tired bookkeeper",
    "neutral",
    [(FUEL, "a module that pulls the fuel sales off the pump controller")]))
COMMENTS.append(("Saltmarsh Holdings Marinas",
    "Is there a way to get the meter totals from the pumps into Berthwise automatically? Our dock staff key every sale by hand and the end-of-day totals never tie out.",
    "neutral",
    [(FUEL, "Is there a way to get the meter totals from the pumps into Berthwise automatically?")]))
COMMENTS.append(("Saltmarsh Holdings Marinas",
    "Love the contract e-signing, boaters love it too. Next step for us would be chasing insurance: let boaters upload the COI themselves and warn us 30 days before it expires.",
    "positive",
    [(INS, "let boaters upload the COI themselves and warn us 30 days before it expires")]))
COMMENTS.append(("Saltmarsh Holdings Marinas",
    "Power billing is a mess. We have smart pedestals on B and C docks that already log kWh, and we still export a CSV from the pedestal vendor's site and key it in slip by slip. Every month.",
    "negative",
    [(POWER, "we still export a CSV from the pedestal vendor's site and key it in slip by slip")]))
COMMENTS.append(("Saltmarsh Holdings Marinas",
    "Does the job. We looked at metering the power at Saltmarsh North but the pedestals are 30 years old, so flat-rate electric suits us fine for now.",
    "neutral",
    []))
COMMENTS.append(("Saltmarsh Holdings Marinas",
    "Our regional manager thinks we should take the yard back to spreadsheets. I don't agree at all, the work orders are miles better than anything we had before.",
    "positive",
    []))

# ---- batch 2: Cape Verity, Northhaven, Greyheron, Lantern Cove, Kestrel Point ----
COMMENTS.append(("Cape Verity Boatworks & Marina",
    "Fuel dock integration!!! Summer weekends we sell 6,000 gallons and every one of them is typed in by a 17 year old.",
    "neutral",
    [(FUEL, "Fuel dock integration!!!")]))
COMMENTS.append(("Cape Verity Boatworks & Marina",
    "Good software, great people. The only real gap for a yard our size is the fuel dock: we'd want the Veeder-Root and dispenser data flowing in without anyone touching it.",
    "positive",
    [(FUEL, "we'd want the Veeder-Root and dispenser data flowing in without anyone touching it")]))
COMMENTS.append(("Cape Verity Boatworks & Marina",
    "Our insurer now audits us on whether every boat in the yard carries current liability cover. Tracking expiry dates in Berthwise rather than in my own spreadsheet would turn that audit into a ten minute job. Right now it takes me two days.",
    "neutral",
    [(INS, "Tracking expiry dates in Berthwise rather than in my own spreadsheet")]))
COMMENTS.append(("Cape Verity Boatworks & Marina",
    "After last September we need a hurricane haul plan in the system. Which boats come out first, who has been called, who signed the storm waiver. We ran the whole thing off a whiteboard and three cell phones and it was chaos.",
    "neutral",
    [(STORM, "we need a hurricane haul plan in the system")]))
COMMENTS.append(("Cape Verity Boatworks & Marina",
    "Service writers love the work order screens and the QuickBooks sync has been rock solid. Parts lookup could be quicker but it's fine.",
    "positive",
    []))
COMMENTS.append(("Northhaven Marina",
    "We price transients by the foot, same rate all summer. Two marinas up the river do surge pricing on holiday weekends and they are beating us on revenue per slip. Would love Berthwise to suggest rates based on occupancy.",
    "neutral",
    [(DYN, "Would love Berthwise to suggest rates based on occupancy")]))
COMMENTS.append(("Northhaven Marina",
    "Two asks from the dock office. 1) yield pricing for transient slips 2) a way for boaters to request a pump-out from the portal, we still take those over channel 9",
    "neutral",
    [(DYN, "yield pricing for transient slips"),
     (PUMPOUT, "a way for boaters to request a pump-out from the portal")]))
COMMENTS.append(("Northhaven Marina",
    "insurance expirations. please.",
    "neutral",
    [(INS, "insurance expirations. please.")]))
COMMENTS.append(("Northhaven Marina",
    "8. Our younger boaters expect an app with push notifications telling them their boat is ready at the launch well. Otherwise everything works.",
    "positive",
    [(APP, "an app with push notifications telling them their boat is ready at the launch well")]))
COMMENTS.append(("Northhaven Marina",
    "I'm the harbormaster and I still don't know how to move a seasonal to a different slip mid-contract without cancelling the contract and starting over. Is there a guide for that somewhere?",
    "neutral",
    []))
COMMENTS.append(("Greyheron Yacht Club",
    "Members pay for power by the meter. Our steward reads 140 meters on a clipboard at the end of every month and then types them in. Connect to the smart meters and I'll give you a 10.",
    "neutral",
    [(POWER, "Connect to the smart meters")]))
COMMENTS.append(("Greyheron Yacht Club",
    "The electric billing screen is fine for entering readings, but we want readings to come in on their own from the pedestals.",
    "neutral",
    [(POWER, "we want readings to come in on their own from the pedestals")]))
COMMENTS.append(("Greyheron Yacht Club",
    "The sailing committee asked me whether the guest berth rates could go up automatically on regatta weekends. At the moment the secretary changes them by hand and then forgets to change them back, so we've had visitors paying regatta prices in October.",
    "neutral",
    [(DYN, "whether the guest berth rates could go up automatically on regatta weekends")]))
COMMENTS.append(("Greyheron Yacht Club",
    "It would help a lot if the gate key cards switched off when a member's account goes overdue. The gate system is completely seperate and the office has to ring round.",
    "neutral",
    [(GATE, "if the gate key cards switched off when a member's account goes overdue")]))
COMMENTS.append(("Greyheron Yacht Club",
    "We don't need a mobile app, most of our members are over 60 and perfectly happy with the website. Keep it simple like it is. The statements are much clearer than last year.",
    "positive",
    []))
COMMENTS.append(("Lantern Cove Marina",
    "Please add seasonal rate rules that adjust on their own - early and late season discount, peak premium, event nights.",
    "neutral",
    [(DYN, "seasonal rate rules that adjust on their own")]))
COMMENTS.append(("Lantern Cove Marina",
    "we bill electric as a flat fee because reading meters is too much work. would switch to metered billing in a heartbeat if the pedestal readings came in by themselves",
    "neutral",
    [(POWER, "would switch to metered billing in a heartbeat if the pedestal readings came in by themselves")]))
COMMENTS.append(("Lantern Cove Marina",
    "Our accountant moved us to Xero in January and now we export invoices to a spreadsheet and import them by hand. The QuickBooks sync was the main reason we bought Berthwise in the first place. Not impressed.",
    "negative",
    [(XERO, "now we export invoices to a spreadsheet and import them by hand")]))
COMMENTS.append(("Lantern Cove Marina",
    "Honestly the best thing about Berthwise is the dock map. Drag the boat, done. The new girls in the office learned it in an hour.",
    "positive",
    []))
COMMENTS.append(("Kestrel Point Boatyard",
    "Half my storage customers let their insurance lapse over the winter and I only find out when something happens. Flag it for me.",
    "neutral",
    [(INS, "I only find out when something happens. Flag it for me")]))
COMMENTS.append(("Kestrel Point Boatyard",
    "Yard's been on Berthwise three seasons now. Would love a proper boater app (launch requests, invoices, photos of the work) and a Xero connector so I can stop double entering. Otherwise no complaints.",
    "positive",
    [(APP, "a proper boater app"),
     (XERO, "a Xero connector")]))
COMMENTS.append(("Kestrel Point Boatyard",
    "hurricane prep list per boat. who has extra lines, who is hauling, who refused",
    "neutral",
    [(STORM, "hurricane prep list per boat")]))
COMMENTS.append(("Kestrel Point Boatyard",
    "Parts inventory counts were off after the last update, support sorted it the same afternoon. Good people.",
    "positive",
    []))

# ---- batch 3: Millbrook, Ostra Bay, Stillwater, Blue Tern, Bramble Point, Puerto Arenal, Anchor Bend ----
COMMENTS.append(("Millbrook Harbour",
    "It would be really useful to get a report of boats whose insurance has expired. We're meant to check every spring and honestly nobody does.",
    "neutral",
    [(INS, "a report of boats whose insurance has expired")]))
COMMENTS.append(("Millbrook Harbour",
    "Is a native app on the roadmap? Our boaters find the portal fiddly on a phone, the buttons are tiny and it logs them out constantly. They end up phoning the office anyway.",
    "neutral",
    [(APP, "Is a native app on the roadmap?")]))
COMMENTS.append(("Millbrook Harbour",
    "Love it, we use it every day. The one thing: connect to our Brivo gate system so leavers lose access automatically.",
    "positive",
    [(GATE, "connect to our Brivo gate system")]))
COMMENTS.append(("Millbrook Harbour",
    "We only went live three weeks ago so it's too early to say. We're planning to add 40 dry stack spaces next spring and will be calling you about setting those up.",
    "neutral",
    []))
COMMENTS.append(("Ostra Bay Marina",
    "Fine for the basics. What we're missing is demand pricing for transients and automatic meter reads for power. Both of those are spreadsheets on the side today.",
    "neutral",
    [(DYN, "demand pricing for transients"),
     (POWER, "automatic meter reads for power")]))
COMMENTS.append(("Ostra Bay Marina",
    "We'd consolidate all our bookkeeping on one system if it talked to Xero.",
    "neutral",
    [(XERO, "if it talked to Xero")]))
COMMENTS.append(("Ostra Bay Marina",
    "Support response times have got slow since spring. It took four days to get an answer about a duplicate invoice, and in the middle of launch season that's four days of angry boaters.",
    "negative",
    []))
COMMENTS.append(("Stillwater Harbor Marina",
    "Snowbird season we're full and turning people away at the same nightly rate we charge in August. Let the rate climb as the docks fill!",
    "neutral",
    [(DYN, "Let the rate climb as the docks fill!")]))
COMMENTS.append(("Stillwater Harbor Marina",
    "Two gaps for us: per-kWh power billing straight from the meters, and a Xero link. We're on QuickBooks now but the owners want to move the books by year end.",
    "neutral",
    [(POWER, "per-kWh power billing straight from the meters"),
     (XERO, "a Xero link")]))
COMMENTS.append(("Stillwater Harbor Marina",
    "A lot of our transient boaters come up from Latin America and the Bahamas. A Spanish version of the boater portal would help them and cut the calls to the office in half. Right now my dockhand translates over the phone.",
    "neutral",
    [(LANG, "A Spanish version of the boater portal")]))
COMMENTS.append(("Stillwater Harbor Marina",
    "Is there a way for boaters to request a launch without calling us? Somebody at the conference told me the portal already does it but I can't find the setting. Otherwise great product, 10.",
    "positive",
    []))
COMMENTS.append(("Blue Tern Marina",
    "Any chance of weekend vs weekday rates for transients, set up once and applied automatically?",
    "neutral",
    [(DYN, "weekend vs weekday rates for transients, set up once and applied automatically")]))
COMMENTS.append(("Blue Tern Marina",
    "The dock walk to read electric meters takes Jeff a full day every month. There are meters out there that report over wifi, surely Berthwise can pull from them.",
    "neutral",
    [(POWER, "There are meters out there that report over wifi, surely Berthwise can pull from them")]))
COMMENTS.append(("Blue Tern Marina",
    "We use Xero. Not having an integration is the reason our bookkeeper hates you.",
    "negative",
    [(XERO, "We use Xero. Not having an integration")]))
COMMENTS.append(("Bramble Point Marina",
    "Transient pricing should be smarter. We leave money on the table every 4th of July weekend and then sit half empty the week after at the same price.",
    "neutral",
    [(DYN, "Transient pricing should be smarter")]))
COMMENTS.append(("Bramble Point Marina",
    "Automatic reminders to boaters when their insurance certificate is about to expire, please!",
    "neutral",
    [(INS, "Automatic reminders to boaters when their insurance certificate is about to expire")]))
COMMENTS.append(("Bramble Point Marina",
    "Works well for us. an app for the boaters to book launches would be nice",
    "positive",
    [(APP, "an app for the boaters to book launches")]))
COMMENTS.append(("Club Náutico Puerto Arenal",
    "Buen programa, pero necesitamos tarifas dinámicas para los amarres de tránsito en agosto. Ahora cambiamos los precios a mano cada semana.",
    "positive",
    [(DYN, "necesitamos tarifas dinámicas para los amarres de tránsito en agosto")]))
COMMENTS.append(("Club Náutico Puerto Arenal",
    "The portal for our socios is only in English. Many of the older members do not read English and they call the office for everything. Please offer it in Spanish and Catalan.",
    "neutral",
    [(LANG, "Please offer it in Spanish and Catalan")]))
COMMENTS.append(("Club Náutico Puerto Arenal",
    "Muy contentos con el soporte, siempre responden rápido, incluso en pleno agosto.",
    "positive",
    []))
COMMENTS.append(("Anchor Bend Marina",
    "Price by demand like the hotels do. Our Friday nights fill by noon. Sundays are dead.",
    "neutral",
    [(DYN, "Price by demand like the hotels do")]))
COMMENTS.append(("Anchor Bend Marina",
    "metered power billing that doesnt need someone with a clipboard",
    "neutral",
    [(POWER, "metered power billing that doesnt need someone with a clipboard")]))
COMMENTS.append(("Anchor Bend Marina",
    "Love Berthwise. Xero sync would make it perfect.",
    "positive",
    [(XERO, "Xero sync")]))
COMMENTS.append(("Anchor Bend Marina",
    "Our dockmaster is convinced we need an app. I think the portal already does everything on a phone, it's just that he won't use it. Happy with the product.",
    "positive",
    []))

# ---- batch 4: Carrick, Seewinkel, Tollers Wharf, Marais-Saint-Luc, Dunmore, Roughwater, Whitewater ----
COMMENTS.append(("Carrick Marine Services",
    "Things I'd add: (a) insurance expiry alerts on the boat record, (b) Xero. We run QuickBooks at the yard and Xero at the marina company and only one of them syncs, so the marina side gets keyed twice.",
    "neutral",
    [(INS, "insurance expiry alerts on the boat record"),
     (XERO, "(b) Xero")]))
COMMENTS.append(("Carrick Marine Services",
    "Customers ask every week if there's an app. I tell them to bookmark the portal. They don't.",
    "neutral",
    [(APP, "Customers ask every week if there's an app")]))
COMMENTS.append(("Carrick Marine Services",
    "The onboarding was rough. We were handed a login and a link to some videos and left to get on with it, two weeks before haul-out season.",
    "negative",
    []))
COMMENTS.append(("Hafen Seewinkel",
    "Wir brauchen eine Übersicht, welche Bootsversicherungen abgelaufen sind, mit automatischer Erinnerung an den Eigner. Sonst sind wir zufrieden.",
    "positive",
    [(INS, "eine Übersicht, welche Bootsversicherungen abgelaufen sind, mit automatischer Erinnerung an den Eigner")]))
COMMENTS.append(("Hafen Seewinkel",
    "Berth billing works well but support is only in English, which is hard for our office staff.",
    "neutral",
    []))
COMMENTS.append(("Tollers Wharf",
    "We've got 60 names on a waiting list in a Word document. It would be good to keep that in Berthwise and offer a berth to the next person when one comes free. At the moment it depends on who remembers.",
    "neutral",
    [(WAIT, "keep that in Berthwise and offer a berth to the next person when one comes free")]))
COMMENTS.append(("Tollers Wharf",
    "Please can the electricity meter readings import from the pontoon meters rather than us typing them?",
    "neutral",
    [(POWER, "can the electricity meter readings import from the pontoon meters")]))
COMMENTS.append(("Tollers Wharf",
    "xero integration pls",
    "neutral",
    [(XERO, "xero integration pls")]))
COMMENTS.append(("Port de plaisance de Marais-Saint-Luc",
    "Nous avons une liste d'attente de plus de 200 plaisanciers pour un anneau à l'année. Ce serait bien de pouvoir la gérer dans Berthwise, avec les dates d'inscription et les acomptes versés. Aujourd'hui c'est un tableur.",
    "neutral",
    [(WAIT, "Ce serait bien de pouvoir la gérer dans Berthwise, avec les dates d'inscription et les acomptes versés")]))
COMMENTS.append(("Port de plaisance de Marais-Saint-Luc",
    "Very complete tool. A portal in French for the boaters would be a real plus, many of them do not read English.",
    "positive",
    [(LANG, "A portal in French for the boaters")]))
COMMENTS.append(("Port de plaisance de Marais-Saint-Luc",
    "Le logiciel est bien, mais l'abonnement annuel est trop cher pour un petit port municipal comme le nôtre.",
    "neutral",
    []))
COMMENTS.append(("Dunmore Quay",
    "need a proper waitlist w/ deposits. we lose track of who paid to hold a spot",
    "neutral",
    [(WAIT, "need a proper waitlist w/ deposits")]))
COMMENTS.append(("Dunmore Quay",
    "Electric is our biggest headache. Sub-meters on every pedestal and no way to get the numbers into the invoices without retyping them. Everything else is grand.",
    "neutral",
    [(POWER, "no way to get the numbers into the invoices without retyping them")]))
COMMENTS.append(("Dunmore Quay",
    "We moved from Sage to Xero last year. A direct Xero feed for invoices and payments would help our bookkeeper no end.",
    "neutral",
    [(XERO, "A direct Xero feed for invoices and payments")]))
COMMENTS.append(("Dunmore Quay",
    "Fine.",
    "neutral",
    []))
COMMENTS.append(("Roughwater Yard",
    "Hurricane season is the whole game for us. We need a storm plan board - who's hauled, who's strapped down, who's staying in the water - and we need to know the boats staying in have insurance that's actually current. Last year two of them didn't.",
    "neutral",
    [(STORM, "We need a storm plan board"),
     (INS, "we need to know the boats staying in have insurance that's actually current")]))
COMMENTS.append(("Roughwater Yard",
    "our customers want an app on their phone to request a haul. they dont want to log into a website",
    "neutral",
    [(APP, "an app on their phone to request a haul")]))
COMMENTS.append(("Roughwater Yard",
    "Is there a way to print the haul-out schedule for the lift crew one day at a time? I can only find the weekly view and it prints on four pages.",
    "neutral",
    []))
COMMENTS.append(("Whitewater Landing",
    "Every spring I spend two weeks calling people off the wait list one by one. Automate it!",
    "neutral",
    [(WAIT, "calling people off the wait list one by one. Automate it!")]))
COMMENTS.append(("Whitewater Landing",
    "Would be great if Berthwise nagged the owners for their insurance papers instead of me. I'm the office manager, not a debt collector.",
    "neutral",
    [(INS, "if Berthwise nagged the owners for their insurance papers instead of me")]))
COMMENTS.append(("Whitewater Landing",
    "After the March update the meter readings we entered for C dock were charged twice on the April invoices. Support credited everyone but I took about 30 angry phone calls that week. Please test these things before you ship them.",
    "negative",
    []))

# ---- batch 5: small accounts ----
COMMENTS.append(("Fenwick Creek Marina",
    "Love the system. A waiting list module, and a pump-out request button for the boaters, would round it out nicely.",
    "positive",
    [(WAIT, "A waiting list module"),
     (PUMPOUT, "a pump-out request button for the boaters")]))
COMMENTS.append(("Fenwick Creek Marina",
    "Any plans for COI tracking? Our marina's underwriter requires it now and I'm doing it on paper.",
    "neutral",
    [(INS, "Any plans for COI tracking?")]))
COMMENTS.append(("Fenwick Creek Marina",
    "Oh great, the new invoice layout. Half our boaters paid twice because they couldn't find the balance. Thanks for that.",
    "negative",
    []))
COMMENTS.append(("Cedar Narrows Marina",
    "Slip waitlist please. With the date people signed up and what size slip they need. We have boats from 18 to 45 feet waiting and I can't sort the spreadsheet without breaking it.",
    "neutral",
    [(WAIT, "Slip waitlist please")]))
COMMENTS.append(("Cedar Narrows Marina",
    "Boaters love being able to pay online. An actual app in the App Store would be the next step, they keep asking for one.",
    "positive",
    [(APP, "An actual app in the App Store")]))
COMMENTS.append(("Cedar Narrows Marina",
    "Our previous software crashed constantly. This one hasn't gone down once in two seasons. That alone is worth the money.",
    "positive",
    []))
COMMENTS.append(("Pike Lake Marina",
    "waitlist!!",
    "neutral",
    [(WAIT, "waitlist!!")]))
COMMENTS.append(("Pike Lake Marina",
    "We have more people wanting slips than slips. Right now the list is on a whiteboard in the office. It would be nice if people could put their name down through the portal and we could see it in order.",
    "neutral",
    [(WAIT, "if people could put their name down through the portal")]))
COMMENTS.append(("Pike Lake Marina",
    "Good value for a small lake marina. Support is friendly. Our boaters would use an app if there was one.",
    "positive",
    [(APP, "Our boaters would use an app if there was one")]))
COMMENTS.append(("Sandpiper Boat Storage",
    "Dry stack customers phone ahead to get their boat splashed. Would be way easier if they could do it from an app and see where they are in the queue. Saturday mornings the phone never stops.",
    "neutral",
    [(APP, "if they could do it from an app and see where they are in the queue")]))
COMMENTS.append(("Sandpiper Boat Storage",
    "The launch request form on the portal works great, our dry stack customers use it every weekend and the forklift driver sees the list on the tablet. Very happy.",
    "positive",
    []))
COMMENTS.append(("Otter Creek Boatyard",
    "Is there a way to keep a list of people waiting for a slip?",
    "neutral",
    [(WAIT, "Is there a way to keep a list of people waiting for a slip?")]))
COMMENTS.append(("Otter Creek Boatyard",
    "we're tiny, but even our customers want a phone app. my wife does the books and she'd like one too",
    "neutral",
    [(APP, "even our customers want a phone app")]))
COMMENTS.append(("Heron's Rest Moorings",
    "Please give us a mooring waiting list. Ours is nine years long and lives in a binder that the harbour master guards with his life.",
    "neutral",
    [(WAIT, "Please give us a mooring waiting list")]))
COMMENTS.append(("Heron's Rest Moorings",
    "Simple and cheap, which is what we need. A little app for the mooring holders to book the launch would be lovely. At the moment they ring the launch driver's mobile.",
    "positive",
    [(APP, "A little app for the mooring holders to book the launch")]))
COMMENTS.append(("Gullhaven Moorings",
    "Standby list for moorings with automatic offers when one frees up",
    "neutral",
    [(WAIT, "Standby list for moorings with automatic offers when one frees up")]))
COMMENTS.append(("Gullhaven Moorings",
    "We're a Xero shop. Everything else we use plugs into it except Berthwise. Our payroll, our card terminal, even the chandlery till.",
    "neutral",
    [(XERO, "Everything else we use plugs into it except Berthwise")]))
COMMENTS.append(("Little Elk Boat Club",
    "Club has a waiting list for dock spaces. We'd love to keep the waiting list in the software, with each member's priority date, instead of the secretary's laptop.",
    "positive",
    [(WAIT, "keep the waiting list in the software, with each member's priority date")]))
COMMENTS.append(("Little Elk Boat Club",
    "Volunteers run our pump-out boat on weekends. If members could request a pump-out online we'd stop getting texts at 10pm. Otherwise it's been great for a club our size.",
    "positive",
    [(PUMPOUT, "If members could request a pump-out online")]))
COMMENTS.append(("Mariner's Reach",
    "We left because we bill metered electric and Berthwise made us type every reading. Quaylink pulls them straight from the pedestals.",
    "negative",
    [(POWER, "Quaylink pulls them straight from the pedestals")]))
COMMENTS.append(("Mariner's Reach",
    "Cancelled. No Xero integration after three years of asking. Shame, the dock side of it was good.",
    "negative",
    [(XERO, "No Xero integration after three years of asking")]))
COMMENTS.append(("Eastgate Boat Basin",
    "We went with Slipway360 because they track insurance and registration expiry for every boat and email the owner automatically. We couldn't do that in Berthwise without a spreadsheet on the side.",
    "negative",
    [(INS, "they track insurance and registration expiry for every boat and email the owner automatically")]))
COMMENTS.append(("Eastgate Boat Basin",
    "Our boaters wanted an app. Slipway360 has one. That's really the whole story.",
    "negative",
    [(APP, "Our boaters wanted an app")]))
COMMENTS.append(("Eastgate Boat Basin",
    "The people were lovely and the software was fine. It just wasn't the right fit for us any more.",
    "negative",
    []))
COMMENTS.append(("Tern Island Marina",
    "Cancelled at renewal. We needed waitlist management and kept being told it was coming.",
    "negative",
    [(WAIT, "We needed waitlist management")]))
COMMENTS.append(("Tern Island Marina",
    "We sold the marina, nothing to do with the software. The new owners have their own system. Thanks for everything over the years.",
    "negative",
    []))
COMMENTS.append(("Harbourlight Marinas",
    "We chose Anchora. For a group with six fuel docks the pump-controller integration was non-negotiable, and our IT team required SAML single sign-on, which you didn't have.",
    "negative",
    [(FUEL, "the pump-controller integration was non-negotiable"),
     (SSO, "our IT team required SAML single sign-on")]))
COMMENTS.append(("Harbourlight Marinas",
    "Your demo was the best we saw and your sales team was responsive. In the end it came down to the features above.",
    "neutral",
    []))
COMMENTS.append(("Silverkeel Yacht Haven",
    "Lost to Quaylink on pricing tools. Their rate engine raises transient rates as occupancy goes up; we'd have had to do that by hand in Berthwise.",
    "negative",
    [(DYN, "Their rate engine raises transient rates as occupancy goes up")]))
COMMENTS.append(("Silverkeel Yacht Haven",
    "Our finance team would not sign off on anything that didn't integrate with Xero.",
    "negative",
    [(XERO, "anything that didn't integrate with Xero")]))
COMMENTS.append(("Quarry Lake Marina",
    "Went with a cheaper option. Also, we wanted metered shore power billing with the readings imported, and you only had manual entry.",
    "negative",
    [(POWER, "we wanted metered shore power billing with the readings imported")]))
COMMENTS.append(("Quarry Lake Marina",
    "Too expensive for a 40-slip lake marina.",
    "negative",
    []))
