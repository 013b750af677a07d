"""Hand-written NPS comments for Hirelane, an invented SaaS for equipment rental companies.

Every entry below was typed by hand, one at a time: (account, text, label, requests),
requests being a list of (item, evidence) where evidence is an exact substring of text.
assemble.py only shuffles and numbers these; it never creates or changes text.
"""

# Canonical roadmap item names (main items)
T = "Telematics hour-meter import"
O = "Customer self-service off-hire"
X = "Cross-depot transfers"
P = "Photos on return inspection"
W = "Automatic damage waiver charge"
S = "Single sign-on"
G = "Sage accounting integration"
# Long-tail items
L1 = "Waiting list for booked-out items"
L2 = "Seasonal pricing"
L3 = "Fuel charge on return"
L4 = "Customer mobile app"
L5 = "Cross-hire (sub-hire) management"

# (name, arr, status)
ACCOUNTS = [
    ("Brackenridge Plant Hire Group", 600000, "active"),
    ("Skyward Access Ltd", 420000, "active"),
    ("Castlemoor Tool & Plant", 310000, "active"),
    ("Kestrel Power Rentals", 250000, "active"),
    ("Meridian Event Hire", 180000, "active"),
    ("Kellaway Plant", 95000, "active"),
    ("Ridgeline Lifts", 78000, "active"),
    ("Oakfield Tool Hire", 64000, "active"),
    ("Baumaschinen Reiter GmbH", 57000, "active"),
    ("Sundial Marquees", 52000, "active"),
    ("Pelham Generators", 45000, "active"),
    ("Location Dubreuil Materiel", 41000, "active"),
    ("Alquileres Sierra Norte", 38000, "active"),
    ("Greenlane Plant", 28000, "active"),
    ("Crestview Scaffold & Access", 24000, "active"),
    ("Ashby Access Hire", 22000, "active"),
    ("Ironbridge Compact Plant", 19000, "active"),
    ("Stonebridge Generators", 17500, "active"),
    ("Hawthorn Hire Centre", 15000, "active"),
    ("Harbourside Hire", 14500, "active"),
    ("Redkite Tool Hire", 13000, "active"),
    ("Quayside Tool Hire", 12000, "active"),
    ("Topsell Tool Hire", 11000, "active"),
    ("Dunmore Tools", 9500, "active"),
    ("Pennant Event Hire", 9000, "active"),
    ("Coldharbour Mini Diggers", 8800, "active"),
    ("Fenwick Party Hire", 8000, "active"),
    ("Bluebell Party & Marquee", 7200, "active"),
    ("Little Acre Event Rentals", 6500, "active"),
    ("Millstream Hire", 6000, "active"),
    ("Granite Access Hire", 72000, "churned"),
    ("Linton Hire Services", 34000, "churned"),
    ("Parkway Party Rentals", 11000, "churned"),
    ("Summerhill Equipment Rental", 140000, "lost"),
    ("Marlow Event Structures", 48000, "lost"),
    ("Cobalt Tool Hire", 26000, "lost"),
]

COMMENTS = []
add = COMMENTS.append

# ---- batch 1: telematics hours (and the comments that also ask something else) ----
add(("Brackenridge Plant Hire Group",
     "We run 22 depots on it and it copes, mostly. Two things cost us hours every week. First, the fitters are still typing hour-meter readings off the machines into the service screen when every excavator over 5t already reports hours to Trackunit. Second, when a dumper moves from Wigan to Preston we have to off-hire it at one branch and put it back on stock at the other, which wrecks the utilisation figures. Sort those and you'd be a 9.",
     "neutral",
     [(T, "the fitters are still typing hour-meter readings off the machines into the service screen when every excavator over 5t already reports hours to Trackunit"),
      (X, "we have to off-hire it at one branch and put it back on stock at the other")]))
add(("Brackenridge Plant Hire Group",
     "Hours from telematics straight into the service schedule. Right now 500hr services get missed because nobody updates the meter, and that is embarrassing when a customer's machine packs up on site.",
     "negative",
     [(T, "Hours from telematics straight into the service schedule")]))
add(("Kellaway Plant",
     "Any plans for a telematics feed? Half the fleet is on JCB LiveLink and half on Trackunit. We'd like the meter readings to come in on their own instead of drivers phoning them through to the workshop.",
     "neutral",
     [(T, "Any plans for a telematics feed?")]))
add(("Ironbridge Compact Plant",
     "Great for bookings and the counter lads picked it up in a day. If it could read hours off the trackers we'd bill the hourly machines properly instead of guessing. Half our dumpers go out on an hourly rate.",
     "positive",
     [(T, "If it could read hours off the trackers")]))
add(("Greenlane Plant",
     "Hour meter import!!",
     "neutral",
     [(T, "Hour meter import!!")]))
add(("Kestrel Power Rentals",
     "Our gensets go out on running hours, so the meter reading at off-hire IS the invoice. At the moment the driver photographs the display and someone keys it in back at base, and it goes wrong more than you'd think. We need the readings pulled from the remote monitoring units directly. It's the single biggest source of billing disputes we have.",
     "neutral",
     [(T, "We need the readings pulled from the remote monitoring units directly")]))
add(("Pelham Generators",
     "Decent system, does what we need for the money. would love it to sync run hours from our Teltonika boxes so the service due list is actually right. we service every 250hrs and right now it's whoever remembers to check",
     "neutral",
     [(T, "would love it to sync run hours from our Teltonika boxes")]))
add(("Stonebridge Generators",
     "We've got 60-odd sets out most weeks. Is there a way to get the hour readings off the telematics instead of typing them in? Every other part of the service module is spot on.",
     "positive",
     [(T, "Is there a way to get the hour readings off the telematics instead of typing them in?")]))
add(("Baumaschinen Reiter GmbH",
     "Grundsätzlich sind wir zufrieden. Was uns fehlt: die Betriebsstunden aus der Telematik automatisch übernehmen, statt sie jede Woche von Hand einzutragen. Bei 140 Maschinen ist das ein halber Tag Arbeit pro Woche.",
     "positive",
     [(T, "die Betriebsstunden aus der Telematik automatisch übernehmen")]))
add(("Summerhill Equipment Rental",
     "We went with Plantora in the end. Their system pulls machine hours and GPS straight from the OEM portals, and our workshop manager wasn't going to give that up. Your pricing was better, for what it's worth.",
     "negative",
     [(T, "Their system pulls machine hours and GPS straight from the OEM portals")]))
add(("Linton Hire Services",
     "Left at renewal. Too much double keying: hours off the machine, hours into the service sheet, hours onto the invoice. For a plant hire firm that is the job, and it never talked to a single tracker.",
     "negative",
     [(T, "it never talked to a single tracker")]))
add(("Skyward Access Ltd",
     "The scissors and booms all come with OEM telematics fitted. Getting those hours into Hirelane would let us service on actual use instead of every 90 days. The inspection side is already the best we've used, so it feels like a small step.",
     "positive",
     [(T, "Getting those hours into Hirelane would let us service on actual use instead of every 90 days")]))
add(("Ridgeline Lifts",
     "Really happy overall and support are great. two wishes: meter readings from the trackers, and let the lads take photos on the return check, it's all paper and phone cameras at the moment.",
     "positive",
     [(T, "meter readings from the trackers"),
      (P, "let the lads take photos on the return check")]))

# ---- batch 2: customer self-service off-hire (many small accounts) ----
add(("Quayside Tool Hire",
     "Half our calls on a Friday afternoon are people ringing to off-hire a breaker or a wacker plate. Would be great if they could just do it from the customer portal and get an off-hire number back. We'd have one less person stuck on the phone.",
     "neutral",
     [(O, "Would be great if they could just do it from the customer portal and get an off-hire number back")]))
add(("Fenwick Party Hire",
     "love it!! only thing - let customers book their own collection when the party's done, online",
     "positive",
     [(O, "let customers book their own collection when the party's done, online")]))
add(("Dunmore Tools",
     "Good value, easy to use. Self service off hire.",
     "positive",
     [(O, "Self service off hire")]))
add(("Bluebell Party & Marquee",
     "Customers ring us at 10pm on a Sunday to say they're done with the chairs, and we have to remember to off hire them on Monday. A button in the portal would save us so much. It's a small thing but it's every single weekend.",
     "neutral",
     [(O, "A button in the portal would save us so much")]))
add(("Topsell Tool Hire",
     "we get contractors emailing 'please off hire the 110v transformer' at all hours and it sits in an inbox till morning. then they get charged an extra day and moan at us. it's not a good look.",
     "negative",
     [(O, "we get contractors emailing 'please off hire the 110v transformer' at all hours and it sits in an inbox till morning")]))
add(("Harbourside Hire",
     "Any chance of a text-to-off-hire? Customer replies OFF to the SMS and it's done.",
     "neutral",
     [(O, "Any chance of a text-to-off-hire?")]))
add(("Millstream Hire",
     "Solid product. Our trade customers keep asking why they can't call off their own kit online like they can with the big boys. Not a deal breaker for us yet.",
     "positive",
     [(O, "why they can't call off their own kit online")]))
add(("Pennant Event Hire",
     "Is there any way customers could end their own hire on the website? Weekend events finish Sunday night and Monday morning is chaos. There are only three of us in the office.",
     "neutral",
     [(O, "Is there any way customers could end their own hire on the website?")]))
add(("Coldharbour Mini Diggers",
     "Its ok. bit clunky. the off hire thing, customers should be able to do that themselves on there phone",
     "neutral",
     [(O, "customers should be able to do that themselves on there phone")]))
add(("Parkway Party Rentals",
     "We moved to Rentlyst because our customers can off-hire and extend their hires themselves there. With Hirelane every off-hire was a phone call, and in wedding season that was most of my day.",
     "negative",
     [(O, "our customers can off-hire and extend their hires themselves there")]))
add(("Cobalt Tool Hire",
     "Liked the demo but it was a no from us. Our customers are builders on site, they want to off-hire from the van, not ring the depot and wait on hold. Shame, because the booking side was the nicest we saw.",
     "negative",
     [(O, "they want to off-hire from the van, not ring the depot and wait on hold")]))
add(("Little Acre Event Rentals",
     "Lovely system for a small firm like ours. Two things on my wishlist: customers ending their hire themselves online, and an app for them instead of the website. That would make my year.",
     "positive",
     [(O, "customers ending their hire themselves online"),
      (L4, "an app for them instead of the website")]))
add(("Hawthorn Hire Centre",
     "The counter screens are fine. What we actually need is off-hire requests coming in from the customer portal, and photos on the check-in so we can prove the chipped blade was like that when it came back. Those two would change how we work.",
     "neutral",
     [(O, "off-hire requests coming in from the customer portal"),
      (P, "photos on the check-in so we can prove the chipped blade was like that when it came back")]))

# ---- batch 3: cross-depot transfers ----
add(("Castlemoor Tool & Plant",
     "We need proper inter-depot transfers. Stock in transit should show as in transit, not vanish from one branch and magically reappear at another two days later. Right now the hire controllers spend half their lives on the phone to each other.",
     "neutral",
     [(X, "We need proper inter-depot transfers.")]))
add(("Castlemoor Tool & Plant",
     "As a hire controller I spend my mornings moving kit between branches on a spreadsheet because the system can't do a transfer note. Availability across the branches is great until you need to move something. Then it's guesswork, and guesswork means a customer gets told yes and then gets a phone call.",
     "negative",
     [(X, "the system can't do a transfer note")]))
add(("Skyward Access Ltd",
     "Multi-depot view is the best thing about it. What it doesn't do is let me raise a transfer from Bristol to Exeter and have the delivery board pick it up as a job for the driver.",
     "positive",
     [(X, "let me raise a transfer from Bristol to Exeter and have the delivery board pick it up as a job for the driver")]))
add(("Meridian Event Hire",
     "In peak season we move furniture and staging between our three yards every single day. Would love a way to book stock from one yard to another with a date, so the other yard sees it coming. At the moment it's a whiteboard and a lot of shouting.",
     "neutral",
     [(X, "Would love a way to book stock from one yard to another with a date")]))
add(("Oakfield Tool Hire",
     "branch to branch moves pls",
     "neutral",
     [(X, "branch to branch moves pls")]))
add(("Crestview Scaffold & Access",
     "Depot transfers. Honestly that's it, everything else we can live with.",
     "neutral",
     [(X, "Depot transfers")]))
add(("Granite Access Hire",
     "We left because we were growing to six depots and couldn't manage fleet moves between them. Every move was an off-hire and a re-hire to ourselves, which made the utilisation reports useless.",
     "negative",
     [(X, "couldn't manage fleet moves between them")]))
add(("Ashby Access Hire",
     "If we could transfer machines between Loughborough and Coalville without the off-hire/on-hire dance we'd stop losing track of them. Lost a 3m scissor for a week last month. Turned up on a job in Hinckley on somebody else's contract.",
     "neutral",
     [(X, "If we could transfer machines between Loughborough and Coalville without the off-hire/on-hire dance")]))
add(("Location Dubreuil Materiel",
     "Très bon logiciel pour la location. Il nous manque les transferts entre agences : aujourd'hui on fait une sortie et une entrée à la main. Pour le reste, rien à redire.",
     "positive",
     [(X, "Il nous manque les transferts entre agences")]))
add(("Redkite Tool Hire",
     "any plans for stock transfers between sites? we've just opened a second shop",
     "neutral",
     [(X, "any plans for stock transfers between sites?")]))
add(("Kellaway Plant",
     "Two gaps for us. When we move a roller from one depot to another there's no transfer, it's off-hire and re-book. And when we cross-hire a telehandler in from another hire company there's nowhere to put it, so it lives on a spreadsheet and we forget to off-hire it with the supplier.",
     "neutral",
     [(X, "When we move a roller from one depot to another there's no transfer"),
      (L5, "when we cross-hire a telehandler in from another hire company there's nowhere to put it")]))

# ---- batch 4: photos on return inspection ----
add(("Meridian Event Hire",
     "The return inspection checklist is good, but a tick box saying 'damaged' doesn't win an argument with the bride's mother. We need photos attached to the check-in, time stamped.",
     "neutral",
     [(P, "We need photos attached to the check-in, time stamped.")]))
add(("Meridian Event Hire",
     "pics on returns!!! half our linen comes back wine stained and we have nothing to show the customer",
     "neutral",
     [(P, "pics on returns!!!")]))
add(("Ashby Access Hire",
     "Would be handy if the tablet check-in let you snap a photo of each side of the machine when it comes back. We do it on our own phones now and the pictures end up in a WhatsApp group nobody can search.",
     "neutral",
     [(P, "if the tablet check-in let you snap a photo of each side of the machine when it comes back")]))
add(("Crestview Scaffold & Access",
     "Happy customer for 4 years. A photo on the return inspection would settle a lot of damage disputes. Everything else we use daily works well.",
     "positive",
     [(P, "A photo on the return inspection would settle a lot of damage disputes.")]))
add(("Dunmore Tools",
     "damage disputes are killing us. customer says the SDS drill was fine when it came back, counter says it wasnt, and the checklist just says 'chuck damaged'. need pictures",
     "negative",
     [(P, "need pictures")]))
add(("Alquileres Sierra Norte",
     "Nos vendría muy bien poder adjuntar fotos en la revisión de devolución, para poder reclamar los daños al cliente.",
     "neutral",
     [(P, "poder adjuntar fotos en la revisión de devolución")]))
add(("Marlow Event Structures",
     "We chose OffHire Pro. For marquees the condition report at derig is everything and we need photos of every panel and pole bag. Hirelane's inspection was tick boxes only when we trialled it.",
     "negative",
     [(P, "we need photos of every panel and pole bag")]))
add(("Skyward Access Ltd",
     "Our engineers want to photograph the platform basket and controls at the off-hire inspection, and right now they can't attach anything to it. Otherwise the inspection side does what LOLER needs.",
     "neutral",
     [(P, "Our engineers want to photograph the platform basket and controls at the off-hire inspection")]))
add(("Brackenridge Plant Hire Group",
     "Photo evidence on returns please, ideally straight from the driver app when he collects, so it's before the machine gets loaded on the wagon.",
     "neutral",
     [(P, "Photo evidence on returns please")]))
add(("Harbourside Hire",
     "Great product, we run the whole business on it. The one thing I'd add is photos on check-in. Our old system had it and I miss it every week.",
     "positive",
     [(P, "The one thing I'd add is photos on check-in.")]))
add(("Castlemoor Tool & Plant",
     "Every damage claim turns into a row. If the return check had photos, and the damage waiver was added to the contract automatically instead of the counter remembering to key 15% in, we'd recover a lot more. At the moment we write off thousands a year.",
     "negative",
     [(P, "If the return check had photos"),
      (W, "the damage waiver was added to the contract automatically instead of the counter remembering to key 15% in")]))

# ---- batch 5: automatic damage waiver charge ----
add(("Topsell Tool Hire",
     "Can the damage waiver be automatic? We charge 10% on everything except consumables and the counter staff forget it about one contract in five. That's real money over a year.",
     "neutral",
     [(W, "Can the damage waiver be automatic?")]))
add(("Redkite Tool Hire",
     "Love the invoicing. Would love it more if it worked out the DW for us. We charge 12% and it's always somebody's job to remember.",
     "positive",
     [(W, "Would love it more if it worked out the DW for us.")]))
add(("Quayside Tool Hire",
     "We lose money every month on missed loss and damage waiver lines. Customers with their own insurance should be exempt. Everyone else should get it on the contract without anyone typing it.",
     "negative",
     [(W, "Everyone else should get it on the contract without anyone typing it")]))
add(("Pennant Event Hire",
     "Breakage cover as a % of the hire, added automatically, please.",
     "neutral",
     [(W, "Breakage cover as a % of the hire, added automatically, please.")]))
add(("Bluebell Party & Marquee",
     "We offer accidental damage cover at 8% and it has to be added as a manual line on every single booking. Surely this can be a setting?",
     "neutral",
     [(W, "it has to be added as a manual line on every single booking. Surely this can be a setting?")]))
add(("Location Dubreuil Materiel",
     "Pour l'assurance casse, on aimerait qu'elle soit calculée automatiquement sur chaque contrat. Aujourd'hui on l'ajoute à la main et on en oublie.",
     "neutral",
     [(W, "Pour l'assurance casse, on aimerait qu'elle soit calculée automatiquement sur chaque contrat")]))
add(("Cobalt Tool Hire",
     "Our MD picked Rentlyst, mainly because it handles damage waiver per item with exemptions for account customers. With Hirelane we'd have been doing that by hand.",
     "negative",
     [(W, "it handles damage waiver per item with exemptions for account customers")]))
add(("Meridian Event Hire",
     "Could the system add our damage waiver by itself? We put it on every quote by hand and half the time it's the wrong percentage.",
     "neutral",
     [(W, "Could the system add our damage waiver by itself?")]))
add(("Linton Hire Services",
     "The damage waiver thing never got sorted either. Three years we asked for LDW on the contract and it never came.",
     "negative",
     [(W, "Three years we asked for LDW on the contract and it never came.")]))
add(("Greenlane Plant",
     "Good for the price. Would like waiver charges on contracts to calculate themselves, and a refuel charge that gets added when the dumper comes back with the tank low. Those two would pay for themselves in a month.",
     "positive",
     [(W, "Would like waiver charges on contracts to calculate themselves"),
      (L3, "a refuel charge that gets added when the dumper comes back with the tank low")]))
add(("Oakfield Tool Hire",
     "Our accounts are in Sage 50 and somebody exports CSVs every Monday. A proper Sage link plus automatic damage waiver on contracts and I'd stop complaining.",
     "neutral",
     [(G, "A proper Sage link"),
      (W, "automatic damage waiver on contracts")]))

# ---- batch 6: single sign-on (few, large accounts) ----
add(("Brackenridge Plant Hire Group",
     "We have 180 users across 22 depots and every leaver means somebody has to remember to disable their Hirelane login. We need SSO with Azure AD. It's a hard requirement from our IT security policy and it came up in the last audit.",
     "neutral",
     [(S, "We need SSO with Azure AD")]))
add(("Brackenridge Plant Hire Group",
     "Yet another password. Let us log in with our Microsoft accounts like every other system we use.",
     "negative",
     [(S, "Let us log in with our Microsoft accounts")]))
add(("Brackenridge Plant Hire Group",
     "The product is good and the rollout was good. Our auditors did flag that user access isn't controlled centrally, though. Single sign on would close that finding.",
     "positive",
     [(S, "Single sign on would close that finding.")]))
add(("Skyward Access Ltd",
     "SAML SSO please. Our Okta admin has asked me three times.",
     "neutral",
     [(S, "SAML SSO please.")]))
add(("Skyward Access Ltd",
     "Users forget their passwords constantly. The two-factor codes are fine, but one login through Okta would be better for everybody.",
     "neutral",
     [(S, "one login through Okta would be better for everybody")]))
add(("Skyward Access Ltd",
     "Brilliant for the hire desk. Our group IT won't sign off the extra 40 seats for the new region until it supports single sign-on though.",
     "positive",
     [(S, "until it supports single sign-on")]))
add(("Castlemoor Tool & Plant",
     "Any plans for Google Workspace login? Everyone here is on Google.",
     "neutral",
     [(S, "Any plans for Google Workspace login?")]))
add(("Castlemoor Tool & Plant",
     "Starters and leavers are a nightmare with 90 users. We'd like Hirelane accounts to be created and switched off from our directory automatically, same as email.",
     "negative",
     [(S, "We'd like Hirelane accounts to be created and switched off from our directory automatically")]))
add(("Kestrel Power Rentals",
     "Would be good to have SSO, our security team asks about it every renewal.",
     "neutral",
     [(S, "Would be good to have SSO")]))
add(("Kestrel Power Rentals",
     "Honestly the best rental software we've tried. If it did Entra ID sign-in it would be perfect. Our people are on Microsoft for everything else.",
     "positive",
     [(S, "If it did Entra ID sign-in it would be perfect.")]))
add(("Kestrel Power Rentals",
     "For the group rollout we need two things signed off by IT and finance: single sign-on through Microsoft, and the invoices posting into Sage 200 rather than being re-keyed. Without them this stays a one-division tool.",
     "neutral",
     [(S, "single sign-on through Microsoft"),
      (G, "the invoices posting into Sage 200 rather than being re-keyed")]))

# ---- batch 7: Sage accounting integration ----
add(("Sundial Marquees",
     "We're on Sage 50, so the Xero and QuickBooks sync is no use to us. Please add Sage. Our bookkeeper does the lot by hand at the moment.",
     "neutral",
     [(G, "Please add Sage.")]))
add(("Pelham Generators",
     "sage integration would be nice",
     "neutral",
     [(G, "sage integration would be nice")]))
add(("Ironbridge Compact Plant",
     "Our bookkeeper spends a day a week re-typing hire invoices into Sage. It's the one part of the business that hasn't got quicker since we moved over.",
     "neutral",
     [(G, "Our bookkeeper spends a day a week re-typing hire invoices into Sage")]))
add(("Stonebridge Generators",
     "Does it talk to Sage yet? We were told it was coming when we signed, and that was 18 months ago.",
     "negative",
     [(G, "Does it talk to Sage yet?")]))
add(("Harbourside Hire",
     "Sage Business Cloud link. Everything else is spot on. The team love it.",
     "positive",
     [(G, "Sage Business Cloud link.")]))
add(("Granite Access Hire",
     "Besides the depot problem, our finance team could never get the invoices into Sage 200 without a CSV and a macro. Our new system posts them overnight.",
     "negative",
     [(G, "our finance team could never get the invoices into Sage 200 without a CSV and a macro")]))
add(("Summerhill Equipment Rental",
     "Finance had a veto and they used it: no Sage 200 integration, no deal.",
     "negative",
     [(G, "no Sage 200 integration, no deal")]))
add(("Ashby Access Hire",
     "We'd move the Coalville depot's invoicing onto Hirelane as well if it posted straight to Sage.",
     "neutral",
     [(G, "if it posted straight to Sage")]))
add(("Redkite Tool Hire",
     "Integration with Sage 50cloud pls, the export is a faff",
     "neutral",
     [(G, "Integration with Sage 50cloud pls")]))
add(("Millstream Hire",
     "Only niggle is the accounts side. We use Sage and it's double entry (the bad kind).",
     "positive",
     [(G, "We use Sage and it's double entry (the bad kind).")]))
add(("Crestview Scaffold & Access",
     "Sage sync!",
     "neutral",
     [(G, "Sage sync!")]))
add(("Brackenridge Plant Hire Group",
     "Finance here. We run Sage 200 for the group ledger and the nightly invoice export still needs a person to check it and import it. A direct integration with proper account codes per depot would save us about 20 hours a month.",
     "neutral",
     [(G, "A direct integration with proper account codes per depot")]))

# ---- batch 8: long-tail items ----
add(("Sundial Marquees",
     "June is fully booked by March every year. A waiting list for when a marquee frees up would be amazing, and so would summer rates that switch on by themselves instead of us editing the price list twice a year.",
     "positive",
     [(L1, "A waiting list for when a marquee frees up"),
      (L2, "summer rates that switch on by themselves instead of us editing the price list twice a year")]))
add(("Meridian Event Hire",
     "Waiting lists!!! When a customer cancels 50 chiavari chairs we've no idea who else wanted them.",
     "neutral",
     [(L1, "Waiting lists!!!")]))
add(("Bluebell Party & Marquee",
     "When something is already booked out, can customers join a queue for it and get an email if it comes free?",
     "neutral",
     [(L1, "can customers join a queue for it and get an email if it comes free?")]))
add(("Pennant Event Hire",
     "peak season pricing for Dec and wedding season would be great",
     "neutral",
     [(L2, "peak season pricing for Dec and wedding season")]))
add(("Coldharbour Mini Diggers",
     "We'd like a different day rate for the summer months when the 1.5 tonners are all out.",
     "neutral",
     [(L2, "We'd like a different day rate for the summer months")]))
add(("Pelham Generators",
     "Gennys come back half empty and we forget to charge for the diesel. Can the off-hire check ask for the fuel level and bill the top-up?",
     "neutral",
     [(L3, "Can the off-hire check ask for the fuel level and bill the top-up?")]))
add(("Topsell Tool Hire",
     "A proper app for our customers would be a game changer. The portal on a phone is fiddly, and our regulars are all on their phones.",
     "neutral",
     [(L4, "A proper app for our customers")]))
add(("Dunmore Tools",
     "any plans for an iphone app for customers?",
     "neutral",
     [(L4, "any plans for an iphone app for customers?")]))
add(("Castlemoor Tool & Plant",
     "We sub-hire a lot of specialist kit from other hire companies and re-hire it to our customers. There's no way to record the supplier side, so we can't see our margin or when to off-hire it back to them.",
     "neutral",
     [(L5, "There's no way to record the supplier side")]))
add(("Ridgeline Lifts",
     "Cross hire management please - we hire in about 30% of our big booms.",
     "neutral",
     [(L5, "Cross hire management please")]))

# ---- batch 9: comments that ask for nothing ----
add(("Brackenridge Plant Hire Group",
     "Rollout across the depots went better than I expected. The onboarding team actually knew the hire trade, which made a change from the last lot. Counter staff were taking bookings on day two.",
     "positive",
     []))
add(("Brackenridge Plant Hire Group",
     "The Xero sync works fine for the Irish branch, no complaints there.",
     "positive",
     []))
add(("Skyward Access Ltd",
     "Since the last update the driver app freezes when the customer signs the delivery note, so the driver has to ring the office to get the POD confirmed. Please fix this. It is happening several times a day across three depots.",
     "negative",
     []))
add(("Skyward Access Ltd",
     "It does the job.",
     "neutral",
     []))
add(("Castlemoor Tool & Plant",
     "Support tickets take 3-4 days to get a first reply. For a system we run the hire counter on, that isn't good enough. When we do get someone they're helpful, but by then the customer has gone.",
     "negative",
     []))
add(("Kestrel Power Rentals",
     "Is there a way to see what's on hire at each depot on one screen? New starter here, sorry if it's obvious.",
     "neutral",
     []))
add(("Meridian Event Hire",
     "We don't need an app, the booking portal works fine on phones for our customers. Most of our brides book from their phone anyway.",
     "positive",
     []))
add(("Kellaway Plant",
     "Price went up 18% at renewal with no new features that we actually use. We're looking at the market.",
     "negative",
     []))
add(("Ridgeline Lifts",
     "9 because the LOLER inspection reminders alone have saved us from two very awkward conversations with the HSE.",
     "positive",
     []))
add(("Oakfield Tool Hire",
     "Honestly fine, nothing special and nothing broken. We looked at the systems that pull telematics hours and decided we don't need that at our size.",
     "neutral",
     []))
add(("Sundial Marquees",
     "Our ops manager reckons the delivery board is the best thing since sliced bread. I'm more of a spreadsheet person myself, but it works.",
     "neutral",
     []))
add(("Alquileres Sierra Norte",
     "Funciona bien y el soporte responde rápido. Estamos contentos.",
     "positive",
     []))
add(("Baumaschinen Reiter GmbH",
     "Good partner. We are opening two more yards in Bavaria next year, so expect more users from us.",
     "positive",
     []))
add(("Quayside Tool Hire",
     "Invoices are sometimes going out twice since the weekly invoice run moved to Sunday night. Customers are ringing us confused and a couple have paid twice. Ticket is open but nobody has come back to us.",
     "negative",
     []))
add(("Fenwick Party Hire",
     "Easy to use, the girls on the counter love it.",
     "positive",
     []))
add(("Hawthorn Hire Centre",
     "The onboarding was rushed. We were left to work out the maintenance module on our own and had the service intervals wrong for weeks before anyone noticed.",
     "negative",
     []))
add(("Ashby Access Hire",
     "How do I run the utilisation report for just one depot? The filter seems to reset every time I change the date.",
     "neutral",
     []))
add(("Greenlane Plant",
     "Our finance director keeps going on about Sage, but we're moving the books over to Xero in April anyway so that'll sort itself out.",
     "neutral",
     []))
add(("Millstream Hire",
     "8. it's good, just a bit pricey for a 2 branch outfit",
     "neutral",
     []))
add(("Ironbridge Compact Plant",
     "The damage checklist on the tablet is really quick now, way better than the paper sheets we had before.",
     "positive",
     []))
add(("Crestview Scaffold & Access",
     "Used it three weeks. Too early to say really.",
     "neutral",
     []))
add(("Redkite Tool Hire",
     "The off-hire screen keeps timing out when we off-hire more than about 20 lines from one contract, so we have to do them in batches. Annoying on the big site jobs.",
     "negative",
     []))
add(("Stonebridge Generators",
     "Good value compared with what we had before.",
     "positive",
     []))
add(("Coldharbour Mini Diggers",
     "cant complain",
     "neutral",
     []))
add(("Linton Hire Services",
     "Nice people, but we were never really using more than the booking screen. Not worth the money for a firm our size.",
     "negative",
     []))
add(("Marlow Event Structures",
     "The sales process dragged on and we needed a decision before the season started. Nothing wrong with the product as far as we saw.",
     "negative",
     []))
add(("Location Dubreuil Materiel",
     "Our counter staff in Lyon found the training videos very helpful. Good product.",
     "positive",
     []))
add(("Castlemoor Tool & Plant",
     "We're merging two of our depots into the new Rugby site in the autumn. The CSM is already helping us plan how to move the fleet and contracts over in the system, which is appreciated.",
     "positive",
     []))
