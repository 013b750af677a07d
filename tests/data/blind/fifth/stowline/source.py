"""Hand-written source for the Stowline roadmap-feedback evaluation set (prefix yc).

Every comment below was typed by hand, one at a time, by a helper session working blind
(it read only /work/shared/DOMAIN.md and BRIEF.md). assemble.py only shuffles and numbers.
Each entry: (account, text, label, [(item, evidence), ...]).
"""

# Canonical roadmap item names (the exact string used for every wording of the request).
GATE = "Gate access system integration"
PRICING = "Dynamic street-rate pricing"
CONTACTLESS = "Contactless move-in with ID verification"
AUCTION = "Online lien auction listings"
SMARTLOCK = "Smart lock control per unit"
SSO = "Single sign-on (SSO)"
API = "Public API"
ECRI = "Bulk existing-tenant rate increases"
XERO = "Xero integration"
MOBILE = "Tenant mobile app"
WAITLIST = "Unit waitlist"
SPANISH = "Spanish-language tenant portal and leases"

# (name, arr, status)
ACCOUNTS = [
    ("Keystone Storage Partners", 600000, "active"),
    ("Bluewater Self Storage Group", 420000, "active"),
    ("Meridian Storage Trust", 310000, "active"),
    ("Northgate Storage Holdings", 240000, "active"),
    ("Cedar Ridge Storage", 145000, "active"),
    ("Summit Self Storage Management", 120000, "active"),
    ("Prairie Lockup Co.", 98000, "active"),
    ("Tidewater Mini Storage", 72000, "active"),
    ("Lakeshore Storage Centers", 64000, "active"),
    ("Granite State Storage", 48000, "active"),
    ("Sunbelt Climate Storage", 34000, "active"),
    ("LagerWerk Self Storage GmbH", 31000, "active"),
    ("Trasteros Levante", 28000, "active"),
    ("Riverbend Storage", 26000, "active"),
    ("Copper Canyon Self Storage", 22000, "active"),
    ("Garde-Meuble Laurentides", 19000, "active"),
    ("Gulf Breeze Storage", 18000, "active"),
    ("Harbor Lights Storage", 16500, "active"),
    ("Anchor Point Storage", 15000, "active"),
    ("Elk Creek Storage", 13200, "active"),
    ("Bayou Box Storage", 12000, "active"),
    ("Route 9 Self Storage", 11000, "active"),
    ("Old Mill Storage", 10200, "active"),
    ("Maple Street Storage", 9600, "active"),
    ("Red Barn Storage", 9000, "active"),
    ("Dutch Hollow Storage", 8400, "active"),
    ("Pine Hollow Mini Storage", 7800, "active"),
    ("Hilltop U-Store", 7200, "active"),
    ("Cactus Flats Storage", 6600, "active"),
    ("Mom's Attic Storage", 6000, "active"),
    ("Westfield Storage LLC", 54000, "churned"),
    ("Big Sky Storage", 14000, "churned"),
    ("Stonewall Storage", 8800, "churned"),
    ("Patriot Storage Group", 180000, "lost"),
    ("Coastal Keep Storage", 42000, "lost"),
    ("Desert Sun Storage", 25000, "lost"),
]

COMMENTS = []

# ---- batch 1 ----
COMMENTS.append(("Keystone Storage Partners",
    "Our IT security team flagged Stowline again in the annual vendor review because every one of our 400 site staff has a separate password. We need SSO through Okta, full stop. The product itself is fine for the sites.",
    "neutral", [(SSO, "We need SSO through Okta")]))
COMMENTS.append(("Red Barn Storage",
    "Love how simple the lien letters are now. wish I could push the auction straight to storagetreasures instead of retyping every unit and uplaoding pics from my phone",
    "positive", [(AUCTION, "wish I could push the auction straight to storagetreasures")]))
COMMENTS.append(("Mom's Attic Storage",
    "My husband and I run one facility and this is the first software that didn't make me cry. Autopay alone saves us hours a month.",
    "positive", []))
COMMENTS.append(("Bluewater Self Storage Group",
    "Two things keep coming up in our DM meetings. Street rates are still set by hand in a spreadsheet every Monday and then keyed into Stowline for 38 stores, and gate codes have to be re-entered in StorLogix because nothing syncs. Fix either and you'd get a 9 from me.",
    "neutral", [(PRICING, "Street rates are still set by hand in a spreadsheet every Monday"),
                (GATE, "gate codes have to be re-entered in StorLogix because nothing syncs")]))
COMMENTS.append(("Hilltop U-Store",
    "any plans for online auctions? our county stopped running the lien sale notices in the paper so we need somewhere to post them",
    "neutral", [(AUCTION, "any plans for online auctions?")]))
COMMENTS.append(("Meridian Storage Trust",
    "We're building a data warehouse for our 26 facilities and Stowline is the only system we can't pull from. Nightly CSV exports emailed to a shared inbox are not an integration. Give us a documented REST API and we can talk about bringing over the acquisitions we closed this year.",
    "neutral", [(API, "Give us a documented REST API")]))
COMMENTS.append(("Cactus Flats Storage",
    "The late fee posted twice on a bunch of accounts on the 6th and I had to reverse them one at a time. Support fixed it in the end but it was a mess and tenants were calling all day.",
    "negative", []))
COMMENTS.append(("Sunbelt Climate Storage",
    "Online rentals are huge for us, about 40% of move-ins now. The last piece is letting them skip the counter: scan the driver's license, match a selfie, send the gate code. Right now they still have to come in to show ID, which kind of defeats the point.",
    "positive", [(CONTACTLESS, "letting them skip the counter: scan the driver's license, match a selfie, send the gate code")]))
COMMENTS.append(("Westfield Storage LLC",
    "We left for VaultDesk in March. Their PTI integration locks out delinquent tenants automatically; with you our managers were doing it by hand and forgetting half the time.",
    "negative", [(GATE, "Their PTI integration locks out delinquent tenants automatically")]))
COMMENTS.append(("Dutch Hollow Storage",
    "Does the job. The auction side is where we lose time, we photograph the units, write up descriptions, then do it all over again on Lockerfox.",
    "neutral", [(AUCTION, "we photograph the units, write up descriptions, then do it all over again on Lockerfox")]))
COMMENTS.append(("Northgate Storage Holdings",
    "Single sign-on please. Azure AD.",
    "neutral", [(SSO, "Single sign-on please. Azure AD.")]))
COMMENTS.append(("Copper Canyon Self Storage",
    "Great product, we've been on it 3 years. We're putting Nokē locks on our new building next spring and it'd be a shame to run Nokē's own app on the side just for the unit locks.",
    "positive", [(SMARTLOCK, "it'd be a shame to run Nokē's own app on the side just for the unit locks")]))
COMMENTS.append(("Harbor Lights Storage",
    "Support took four days to answer a ticket about a tenant's autopay card being declined. The software is fine, the support has gotten slower since last year.",
    "neutral", []))
COMMENTS.append(("Route 9 Self Storage",
    "Honestly thinking about switching. Every other month I'm the one hauling a laptop and a folding table to the lien sale. Stackly does online auctions built in.",
    "negative", [(AUCTION, "Stackly does online auctions built in")]))
COMMENTS.append(("Granite State Storage",
    "Very happy overall. Would love some kind of rate recommendation when a unit size gets above 90% occupied — right now I just eyeball the occupancy report.",
    "positive", [(PRICING, "Would love some kind of rate recommendation when a unit size gets above 90% occupied")]))
COMMENTS.append(("Elk Creek Storage",
    "How do I limit the first month free promo to just the 10x10s? Couldn't find where.",
    "neutral", []))
COMMENTS.append(("Keystone Storage Partners",
    "The revenue management vendor we use needs a feed of occupancy and in-place rents per unit every night. Stowline can't provide one without someone exporting CSVs by hand. We need an API or at least webhooks.",
    "neutral", [(API, "We need an API or at least webhooks")]))
COMMENTS.append(("Trasteros Levante",
    "El programa funciona bien, pero nuestros clientes son españoles y el portal del inquilino y los contratos solo están en inglés. Necesitamos el portal y los contratos en castellano.",
    "neutral", [(SPANISH, "Necesitamos el portal y los contratos en castellano")]))
COMMENTS.append(("Anchor Point Storage",
    "Is there a way to let someone rent at 9pm and move in that night? Our office closes at 6 and we lose those people to the place down the road with the kiosk.",
    "neutral", [(CONTACTLESS, "Is there a way to let someone rent at 9pm and move in that night?")]))
COMMENTS.append(("Pine Hollow Mini Storage",
    "Easy to use, my part-timers picked it up in a day. Online auction listing would be the cherry on top.",
    "positive", [(AUCTION, "Online auction listing would be the cherry on top")]))

# ---- batch 2 ----
COMMENTS.append(("Lakeshore Storage Centers",
    "We overlock about 30 units a month across 4 sites. Walking the property with a cart of disc locks in February is no fun. Remote overlock from the office, like the Bluetooth locks can do, is what we're after.",
    "neutral", [(SMARTLOCK, "Remote overlock from the office, like the Bluetooth locks can do, is what we're after")]))
COMMENTS.append(("Summit Self Storage Management",
    "We manage 31 stores for 12 different owners. Each owner wants their own dashboards in their own BI tool, so we need API access per owner portfolio. And our staff float between stores, so SAML SSO with our Entra tenant would cut the account juggling.",
    "neutral", [(API, "we need API access per owner portfolio"),
                (SSO, "SAML SSO with our Entra tenant would cut the account juggling")]))
COMMENTS.append(("Bayou Box Storage",
    "please add storagetreasures",
    "neutral", [(AUCTION, "please add storagetreasures")]))
COMMENTS.append(("Maple Street Storage",
    "We don't need a mobile app or any of the fancy stuff, the portal works fine on phones and our tenants pay on time. Keep it simple like this.",
    "positive", []))
COMMENTS.append(("Gulf Breeze Storage",
    "After the hurricane we had to reset every gate code by hand in the DoorKing software because Stowline's export file didn't match their format. Two days of my life. Why doesn't this just talk to the keypad?",
    "negative", [(GATE, "Why doesn't this just talk to the keypad?")]))
COMMENTS.append(("Riverbend Storage",
    "It's fine. Rates are the weak spot, VaultDesk moves web rates by demand and we don't.",
    "neutral", [(PRICING, "VaultDesk moves web rates by demand and we don't")]))
COMMENTS.append(("Old Mill Storage",
    "Five stars from me. Lien process used to be certified mail chaos and now it's handled. Only thing: get the auction listings onto the online bidding sites so I'm not doing that part by hand.",
    "positive", [(AUCTION, "get the auction listings onto the online bidding sites")]))
COMMENTS.append(("Cedar Ridge Storage",
    "We're converting three sites to unmanned next year. For that we need true contactless move-ins with an ID verification step, and the code has to land in the OpenTech gate system automatically without anyone touching it. Right now neither happens.",
    "neutral", [(CONTACTLESS, "true contactless move-ins with an ID verification step"),
                (GATE, "the code has to land in the OpenTech gate system automatically")]))
COMMENTS.append(("Big Sky Storage",
    "Went back to our old desktop system. Price went up twice in 18 months and for one small facility it didn't add up.",
    "negative", []))
COMMENTS.append(("Tidewater Mini Storage",
    "Solid system and the reporting across our 6 stores is great. Dynamic pricing!! That's all.",
    "positive", [(PRICING, "Dynamic pricing!!")]))
COMMENTS.append(("Meridian Storage Trust",
    "Our CISO wants every vendor app behind SSO by Q3. Stowline is one of three left. Is SAML on the roadmap?",
    "neutral", [(SSO, "Is SAML on the roadmap?")]))
COMMENTS.append(("LagerWerk Self Storage GmbH",
    "Wir nutzen Stowline an vier Standorten und sind zufrieden. Was uns fehlt, ist die Steuerung der elektronischen Schlösser an den einzelnen Boxen direkt aus dem System.",
    "positive", [(SMARTLOCK, "die Steuerung der elektronischen Schlösser an den einzelnen Boxen direkt aus dem System")]))
COMMENTS.append(("Prairie Lockup Co.",
    "Our district manager keeps saying we need smart locks. I'm not convinced, half our tenants are retirees with RV spots. The software does what we need.",
    "neutral", []))
COMMENTS.append(("Desert Sun Storage",
    "We picked Stackly. Their pricing engine adjusts street rates daily off occupancy and competitor rates, and your sales rep told us that was 'on the list' with no date.",
    "negative", [(PRICING, "Their pricing engine adjusts street rates daily off occupancy and competitor rates")]))
COMMENTS.append(("Elk Creek Storage",
    "Been great since day one. Lien sales: can we get them on lockerfox or similar? We have a sale every 2 months and maybe 3 bidders show up in person.",
    "positive", [(AUCTION, "can we get them on lockerfox or similar?")]))
COMMENTS.append(("Harbor Lights Storage",
    "Really like the online rental flow, the lease signing is smooth. Would be nice if the renter could verify their ID from their phone too so we don't have to check licenses at the counter.",
    "positive", [(CONTACTLESS, "verify their ID from their phone too so we don't have to check licenses at the counter")]))
COMMENTS.append(("Keystone Storage Partners",
    "Onboarding our latest acquisition was painful. 140 new user accounts created by hand from a spreadsheet, and when managers leave nobody remembers to disable them. Without SSO and automatic deprovisioning this doesn't scale for a company our size.",
    "negative", [(SSO, "Without SSO and automatic deprovisioning this doesn't scale")]))
COMMENTS.append(("Granite State Storage",
    "The QuickBooks Online sync works fine now that you fixed the deposit mapping. Thanks to Priya in support.",
    "positive", []))
COMMENTS.append(("Cactus Flats Storage",
    "Half our tenants speak Spanish and the autopay emails and the lease are English only. My manager translates for them at the counter. Spanish versions would help a lot.",
    "neutral", [(SPANISH, "Spanish versions would help a lot")]))
COMMENTS.append(("Coastal Keep Storage",
    "We went with UnitBase because it works with our PTI gates out of the box. Stowline would have meant exporting codes every night.",
    "negative", [(GATE, "it works with our PTI gates out of the box")]))

# ---- batch 3 ----
COMMENTS.append(("Sunbelt Climate Storage",
    "Any plans for automated rate changes on web rates? We run a 92% occupancy target on CC units and hitting it is a weekly spreadsheet exercise. Everything else has been excellent.",
    "positive", [(PRICING, "Any plans for automated rate changes on web rates?")]))
COMMENTS.append(("Red Barn Storage",
    "its ok. does what we need for a 90 unit place",
    "neutral", []))
COMMENTS.append(("Bluewater Self Storage Group",
    "We standardised on Okta last year for every system our store managers touch, except Stowline. Adding SSO would close that gap.",
    "neutral", [(SSO, "Adding SSO would close that gap")]))
COMMENTS.append(("Bayou Box Storage",
    "Rent roll report times out when I run it for the whole year. Ticket has been open 3 weeks.",
    "negative", []))
COMMENTS.append(("Lakeshore Storage Centers",
    "Really happy we made the switch. We'd like to hook Stowline into Zapier so new reservations drop into our call tracking sheet. Is there an API we can use?",
    "positive", [(API, "Is there an API we can use?")]))
COMMENTS.append(("Riverbend Storage",
    "Tenants keep asking if there's an app. The portal works but they want something in the App Store with push notifications for payments.",
    "neutral", [(MOBILE, "they want something in the App Store with push notifications for payments")]))
COMMENTS.append(("Route 9 Self Storage",
    "Gate keypad and Stowline still don't talk. Tenant pays at 11pm, he's still locked out till I get in at 8 and unlock him by hand.",
    "negative", [(GATE, "Gate keypad and Stowline still don't talk.")]))
COMMENTS.append(("Garde-Meuble Laurentides",
    "Le logiciel est simple et nos employés l'aiment bien. Par contre, nos clients doivent encore passer au comptoir pour montrer une pièce d'identité; une vérification d'identité en ligne au moment de la location serait idéale.",
    "positive", [(CONTACTLESS, "une vérification d'identité en ligne au moment de la location serait idéale")]))
COMMENTS.append(("Northgate Storage Holdings",
    "Our finance team pulls rent roll, delinquency and TPP enrollment from 22 stores into Power BI every month. Today that's 66 exports. Programmatic access, please.",
    "neutral", [(API, "Programmatic access, please.")]))
COMMENTS.append(("Tidewater Mini Storage",
    "Love the unit map. If I could click a unit on the map and lock it out remotely with a smart lock, that'd be the dream.",
    "positive", [(SMARTLOCK, "click a unit on the map and lock it out remotely with a smart lock")]))
COMMENTS.append(("Maple Street Storage",
    "Works great for us. Is there a way to list our auction units online? The lady at the courthouse says most places around here do it through websites now.",
    "positive", [(AUCTION, "Is there a way to list our auction units online?")]))
COMMENTS.append(("Stonewall Storage",
    "We switched to Stackly. Their lien module lists the sale on the bidding sites for you, yours stops at the letters.",
    "negative", [(AUCTION, "Their lien module lists the sale on the bidding sites for you")]))
COMMENTS.append(("Cedar Ridge Storage",
    "We pay a revenue management consultant to tell us our street rates once a month. Honestly we'd rather have that logic inside Stowline, adjusting as units fill.",
    "neutral", [(PRICING, "we'd rather have that logic inside Stowline, adjusting as units fill")]))
COMMENTS.append(("Copper Canyon Self Storage",
    "Switched from our old system last year and our delinquency dropped from 9% to 4% with autopay and the text reminders. Best decision we made.",
    "positive", []))
COMMENTS.append(("Gulf Breeze Storage",
    "Could people do the whole move-in on their phone, ID included? Summer is crazy here and the line at the counter is 45 minutes on Saturdays.",
    "neutral", [(CONTACTLESS, "Could people do the whole move-in on their phone, ID included?")]))
COMMENTS.append(("Meridian Storage Trust",
    "We run INSOMNIAC kiosks and OpenTech access at 11 of our sites. Every move-in, move-out and lockout has to be mirrored manually. A real access-control integration is the single biggest ops ask from our area managers.",
    "neutral", [(GATE, "A real access-control integration is the single biggest ops ask")]))
COMMENTS.append(("Prairie Lockup Co.",
    "We do rent increases on existing tenants every 9 months. Doing them one tenant at a time with a letter each is brutal at 1,800 units. Need a bulk ECRI tool. Honestly it's the one thing that makes me dread renewal time.",
    "negative", [(ECRI, "Need a bulk ECRI tool.")]))
COMMENTS.append(("Dutch Hollow Storage",
    "Software's fine. We're thinking about adding boat and RV parking on the back lot next year, will see how that goes.",
    "neutral", []))
COMMENTS.append(("Patriot Storage Group",
    "We chose VaultDesk. Two deal breakers on our side: no SSO for 70 sites' worth of staff, and no automated pricing. We were told both were 'next year'.",
    "negative", [(SSO, "no SSO for 70 sites' worth of staff"),
                 (PRICING, "no automated pricing")]))
COMMENTS.append(("Anchor Point Storage",
    "Really good for a small place like ours. We'd use online auctions if you had them, the local paper ad costs more than the sale brings in.",
    "positive", [(AUCTION, "We'd use online auctions if you had them")]))

# ---- batch 4 ----
COMMENTS.append(("Bluewater Self Storage Group",
    "We're piloting Bluetooth smart locks at two stores. Managing them in a separate vendor portal next to Stowline is clumsy. Unit-level lock control inside Stowline would let us roll it out to all 38.",
    "neutral", [(SMARTLOCK, "Unit-level lock control inside Stowline")]))
COMMENTS.append(("Hilltop U-Store",
    "Good software, but the price per facility went up again and for 150 units it's getting hard to justify.",
    "neutral", []))
COMMENTS.append(("Summit Self Storage Management",
    "The platform has been rock solid across all 31 stores. Each owner we manage for has a different gate vendor: PTI at most, DoorKing at a few, one with OpenTech. Supporting at least PTI and DoorKing natively would save our site managers a ton of double entry.",
    "positive", [(GATE, "Supporting at least PTI and DoorKing natively")]))
COMMENTS.append(("Old Mill Storage",
    "How do I print the pre-lien letters for just one building? Otherwise love it.",
    "positive", []))
COMMENTS.append(("Westfield Storage LLC",
    "Our ownership group wanted everything in one data warehouse. Stowline had no API, VaultDesk did. That was most of the decision, along with the gate thing.",
    "negative", [(API, "Stowline had no API, VaultDesk did"),
                 (GATE, "along with the gate thing")]))
COMMENTS.append(("LagerWerk Self Storage GmbH",
    "Die Preise für die Boxen müssten sich automatisch nach Auslastung anpassen, so wie bei den großen Anbietern. Sonst alles gut.",
    "positive", [(PRICING, "Die Preise für die Boxen müssten sich automatisch nach Auslastung anpassen")]))
COMMENTS.append(("Mom's Attic Storage",
    "lien auction online?? the paper ad is $180 a week",
    "neutral", [(AUCTION, "lien auction online??")]))
COMMENTS.append(("Northgate Storage Holdings",
    "Our newest builds are fully smart-lock. Nokē integration isn't optional for us on anything we build from now on.",
    "neutral", [(SMARTLOCK, "Nokē integration isn't optional for us")]))
COMMENTS.append(("Copper Canyon Self Storage",
    "Our bookkeeper moved us to Xero in January. QuickBooks sync was the reason we picked you, so now we're exporting journals by hand again. Any chance of a Xero connector?",
    "neutral", [(XERO, "Any chance of a Xero connector?")]))
COMMENTS.append(("Sunbelt Climate Storage",
    "Onboarding took longer than promised, about 10 weeks instead of 4, mostly the data migration from our old system. Now that we're live it works.",
    "neutral", []))
COMMENTS.append(("Riverbend Storage",
    "We're full on 10x10 CC most of the summer. A waitlist so people get texted when one opens up would fill those the same day. Otherwise very happy.",
    "positive", [(WAITLIST, "A waitlist so people get texted when one opens up")]))
COMMENTS.append(("Tidewater Mini Storage",
    "We want to go after the after-hours renters. Need ID scan + online lease + auto gate code, no staff.",
    "neutral", [(CONTACTLESS, "Need ID scan + online lease + auto gate code, no staff.")]))
COMMENTS.append(("Lakeshore Storage Centers",
    "Third time this quarter a paid-up tenant got locked out because the delinquency list in the gate software was a day behind. We need Stowline to update the gate in real time.",
    "negative", [(GATE, "We need Stowline to update the gate in real time.")]))
COMMENTS.append(("Pine Hollow Mini Storage",
    "Stowline support walked me through the tenant protection setup on a Saturday. Can't ask for more than that.",
    "positive", []))
COMMENTS.append(("Meridian Storage Trust",
    "Portfolio-wide ECRIs are a nightmare. We run them in Excel, then a temp keys each new rate and sends each letter. Bulk rate increases with the notice letters generated automatically would save us a week every cycle.",
    "neutral", [(ECRI, "Bulk rate increases with the notice letters generated automatically")]))
COMMENTS.append(("Gulf Breeze Storage",
    "Is there a tenant app? Our younger renters ask for one.",
    "neutral", [(MOBILE, "Is there a tenant app?")]))
COMMENTS.append(("Cedar Ridge Storage",
    "Our IT team wants webhooks for move-ins and move-outs so the CRM updates itself. Right now it's a nightly file.",
    "neutral", [(API, "wants webhooks for move-ins and move-outs")]))
COMMENTS.append(("Bayou Box Storage",
    "Oh great, another 'scheduled maintenance' on the first of the month when everyone pays rent. Love that.",
    "negative", []))
COMMENTS.append(("Harbor Lights Storage",
    "auctions. we need the online kind.",
    "neutral", [(AUCTION, "we need the online kind")]))
COMMENTS.append(("Prairie Lockup Co.",
    "Two small things: a waiting list for the sizes that are sold out, and some help deciding street rates when they fill up. Love the rest of the system.",
    "positive", [(WAITLIST, "a waiting list for the sizes that are sold out"),
                 (PRICING, "some help deciding street rates when they fill up")]))

# ---- batch 5 ----
COMMENTS.append(("Keystone Storage Partners",
    "We have Nokē on 9 of our newer properties and the district teams hate toggling between two systems to overlock a unit. Bring the lock controls into Stowline.",
    "neutral", [(SMARTLOCK, "Bring the lock controls into Stowline.")]))
COMMENTS.append(("Bluewater Self Storage Group",
    "Our CSM, Dana, has been great through the rollout to our last 6 stores. Reporting across all 38 is what sold us and it delivers.",
    "positive", []))
COMMENTS.append(("Northgate Storage Holdings",
    "We lost a day last month because a terminated assistant manager still had a working Stowline login. That is exactly why we keep asking for identity provider integration.",
    "negative", [(SSO, "we keep asking for identity provider integration")]))
COMMENTS.append(("Granite State Storage",
    "great sytem. would be great if it synced with the PTI keypads",
    "positive", [(GATE, "would be great if it synced with the PTI keypads")]))
COMMENTS.append(("Trasteros Levante",
    "Muy contentos con el sistema. Nos gustaría que el cliente pudiera alquilar y entrar el mismo día sin pasar por la oficina, validando el DNI online.",
    "positive", [(CONTACTLESS, "que el cliente pudiera alquilar y entrar el mismo día sin pasar por la oficina, validando el DNI online")]))
COMMENTS.append(("Elk Creek Storage",
    "My son set it up for me. I don't really use the reports but the billing works.",
    "neutral", []))
COMMENTS.append(("Sunbelt Climate Storage",
    "Great platform. We're adding a 3-story CC building and looking at smart locks, and having them controllable from Stowline would make the decision easy.",
    "positive", [(SMARTLOCK, "having them controllable from Stowline would make the decision easy")]))
COMMENTS.append(("Coastal Keep Storage",
    "Also, UnitBase lets tenants verify ID and move in from the parking lot. Your demo still had a counter step.",
    "negative", [(CONTACTLESS, "UnitBase lets tenants verify ID and move in from the parking lot")]))
COMMENTS.append(("Summit Self Storage Management",
    "For the owners we report to, we need rent roll and ECRI results pulled automatically, and an API would do it. Separately, the one-by-one rate increase process doesn't work for our larger stores.",
    "neutral", [(API, "an API would do it"),
                (ECRI, "the one-by-one rate increase process doesn't work for our larger stores")]))
COMMENTS.append(("Red Barn Storage",
    "Nothing I'd change honestly. Tenants like paying online.",
    "positive", []))
COMMENTS.append(("Lakeshore Storage Centers",
    "A friend who runs a place up in Michigan asked me if you do online auctions. Told him I don't know, we don't do our own auctions, a local auctioneer handles all of it for us.",
    "neutral", []))
COMMENTS.append(("Copper Canyon Self Storage",
    "We're leaving money on the table every week. The big operators near us change web rates daily and ours change when somebody in the office has time. If Stowline can't do rate automation we'll have to bolt on a separate revenue management tool, and at renewal that changes the math.",
    "negative", [(PRICING, "If Stowline can't do rate automation")]))
COMMENTS.append(("Anchor Point Storage",
    "Love it. Could you add a wait list? We turn away 5 or 6 people a week for 5x10s.",
    "positive", [(WAITLIST, "Could you add a wait list?")]))
COMMENTS.append(("Big Sky Storage",
    "Left because of the price increase, already said this in the exit call.",
    "negative", []))
COMMENTS.append(("Keystone Storage Partners",
    "From the ops side: gate integration. PTI across most of the portfolio, some DoorKing. That's the list.",
    "neutral", [(GATE, "gate integration. PTI across most of the portfolio, some DoorKing")]))
COMMENTS.append(("Dutch Hollow Storage",
    "we use xero not quickbooks so the accounting sync is useless to us. would pay extra for xero",
    "neutral", [(XERO, "would pay extra for xero")]))
COMMENTS.append(("Hilltop U-Store",
    "Is there a way to have the rent roll emailed to the owner every Monday morning?",
    "neutral", []))
COMMENTS.append(("Route 9 Self Storage",
    "Any plans for smart locks? After a storm, overlocking by hand is a two-person job out here.",
    "neutral", [(SMARTLOCK, "Any plans for smart locks?")]))
COMMENTS.append(("Bluewater Self Storage Group",
    "Okta SSO would be great, our store managers have too many passwords as it is.",
    "neutral", [(SSO, "Okta SSO would be great")]))
COMMENTS.append(("Pine Hollow Mini Storage",
    "Fine for what we pay.",
    "neutral", []))

# ---- batch 6 ----
COMMENTS.append(("Meridian Storage Trust",
    "Two asks from corporate IT, same as last year: SAML-based single sign-on, and an API with scoped keys so we can stop sharing an admin login with our BI contractor.",
    "neutral", [(SSO, "SAML-based single sign-on"),
                (API, "an API with scoped keys")]))
COMMENTS.append(("Cactus Flats Storage",
    "Lien sale day is the worst day of my month. Nobody drives out here in July to bid on a unit. Put them online like everybody else does.",
    "negative", [(AUCTION, "Put them online like everybody else does.")]))
COMMENTS.append(("Garde-Meuble Laurentides",
    "Very good service. Could Stowline connect to our PTI gate system? We still enter every code twice.",
    "positive", [(GATE, "Could Stowline connect to our PTI gate system?")]))
COMMENTS.append(("Tidewater Mini Storage",
    "We just renewed for 3 more years. The multi-site dashboard is what my partners look at every morning.",
    "positive", []))
COMMENTS.append(("Granite State Storage",
    "Honestly what would put us ahead of the REIT store across the street: an app tenants can download, and a move-in they can finish without us checking their ID in person.",
    "neutral", [(MOBILE, "an app tenants can download"),
                (CONTACTLESS, "a move-in they can finish without us checking their ID in person")]))
COMMENTS.append(("Cedar Ridge Storage",
    "Our new development in Lakewood is spec'd with electronic unit locks. Is per-door lock control something you're building, or do we need a separate system?",
    "neutral", [(SMARTLOCK, "Is per-door lock control something you're building")]))
COMMENTS.append(("Prairie Lockup Co.",
    "The last update moved the take payment button and my staff keep charging the wrong tenant. Nobody asked for that change.",
    "negative", []))
COMMENTS.append(("Mom's Attic Storage",
    "Still love it. My granddaughter set up the website booking thing and we got 3 rentals the first week.",
    "positive", []))
COMMENTS.append(("Northgate Storage Holdings",
    "Revenue management is the next big lever for us: automated street rates by unit type and facility, with guardrails we control.",
    "neutral", [(PRICING, "automated street rates by unit type and facility, with guardrails we control")]))
COMMENTS.append(("Lakeshore Storage Centers",
    "We're moving the books from QuickBooks Desktop to Xero at year end. Right now you only sync with QuickBooks Online, right? Would need Xero.",
    "neutral", [(XERO, "Would need Xero.")]))
COMMENTS.append(("Old Mill Storage",
    "we raise rents on long time tenants once a year. doing 300 of them one by one took my manager 2 full days. should be a bulk button",
    "neutral", [(ECRI, "should be a bulk button")]))
COMMENTS.append(("Desert Sun Storage",
    "Our accountant also needed an API to pull data into our reporting, which Stackly had.",
    "negative", [(API, "needed an API to pull data into our reporting")]))
COMMENTS.append(("Summit Self Storage Management",
    "A couple of our owners want their stores unstaffed on Sundays. Can't do that until a renter can prove who they are without a person there.",
    "neutral", [(CONTACTLESS, "Can't do that until a renter can prove who they are without a person there.")]))
COMMENTS.append(("Maple Street Storage",
    "Billing is fine. The text reminders sometimes go out twice though.",
    "neutral", []))
COMMENTS.append(("Tidewater Mini Storage",
    "We're big fans here. Our accountant wants to pull payments straight into her spreadsheets. Open API?",
    "positive", [(API, "Open API?")]))
COMMENTS.append(("Patriot Storage Group",
    "Your security questionnaire answers didn't cover SAML or SCIM, which our IT requires for any system that holds tenant data.",
    "negative", [(SSO, "didn't cover SAML or SCIM")]))
COMMENTS.append(("Riverbend Storage",
    "Two wishes: sync the gate keypad with tenant status, and let us lock and unlock smart-locked units from the unit screen. Otherwise the best software we've used.",
    "positive", [(GATE, "sync the gate keypad with tenant status"),
                 (SMARTLOCK, "let us lock and unlock smart-locked units from the unit screen")]))
COMMENTS.append(("Harbor Lights Storage",
    "We copy the web rates of the big REIT store across the road every few days, by hand. Something that watched occupancy and nudged our rates would save us that.",
    "neutral", [(PRICING, "Something that watched occupancy and nudged our rates would save us that.")]))
COMMENTS.append(("Bayou Box Storage",
    "Most of our rentals come in after 5. If they could check their ID online and get in the gate right away we'd double our after-hours move-ins.",
    "neutral", [(CONTACTLESS, "If they could check their ID online and get in the gate right away")]))
COMMENTS.append(("Sunbelt Climate Storage",
    "We're hiring a data analyst and the first thing she asked is whether Stowline has an API. It doesn't. That's going to be a problem.",
    "negative", [(API, "whether Stowline has an API")]))
