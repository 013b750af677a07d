# Hand-typed source for the CaskLedger roadmap-feedback evaluation set.
# Each comment: (account, text, label, [(item, evidence), ...])
# Written by a helper session, blind (read only DOMAIN.md and BRIEF.md).

# ---- accounts (name, arr, status) ----
HAL = "Halvorsen Wine Group"
COP = "Copper Mesa Estates"
TID = "Tidewater Vintners Co-op"
RID = "Ridgeback Cellars Group"
MAR = "Marrowstone Family Wines"
BEL = "Bellrose Winery"
QUA = "Quarry Hill Vineyards"
LOE = "Loess & Lime Winery"
SAB = "Sablewood Estate"
KET = "Kettle Creek Cellars"
VAU = "Domaine Vauclair"
PEN = "Bodegas Peñalta"
ASC = "Weingut Aschbach"
GRE = "Greyfriar Wine Co."
JUN = "Juniper Bench Winery"
OSP = "Osprey Point Cellars"
FEN = "Little Fennel Vineyard"
STO = "Stonecrop Wines"
WRE = "Wrenfield Winery"
CIN = "Cinder Road Cellars"
PEB = "Pebble Lane Vineyards"
AMB = "Amberlight Winery"
TWO = "Two Hounds Wine Co."
SOR = "Sorrel Hollow Vineyard"
LAN = "Lantern Hill Cellars"
FOX = "Foxglove Estate"
RUS = "Rustgate Winery"
MEA = "Meadowlark Cellars"
THI = "Thistledown Wines"
IRO = "Ironbark Cellars"
SAL = "Saltmarsh Vineyard"
HOL = "Hollins Bend Winery"
BRA = "Bramble & Oak"
WIN = "Windvane Cellars"
CAL = "Calico Ridge Winery"
STI = "Stillwater Crush"
ORC = "Orchard Gap Vineyards"
PIN = "Pine Sisters Winery"
VAS = "Vasquez Canyon Cellars"
MRL = "Marlow Bench Wines"
CLD = "Cold Spring Winery"
TAM = "Tamsin Creek Vineyards"
NOR = "Northgate Wine Estates"
PEL = "Pelican Bay Winery"
TRE = "Three Oaks Cellar"

ACCOUNTS = [
    (HAL, 600000, "active"),
    (COP, 420000, "active"),
    (TID, 310000, "active"),
    (RID, 240000, "active"),
    (MAR, 150000, "active"),
    (BEL, 96000, "active"),
    (QUA, 72000, "active"),
    (LOE, 54000, "active"),
    (SAB, 48000, "active"),
    (KET, 42000, "active"),
    (VAU, 38000, "active"),
    (PEN, 36000, "active"),
    (ASC, 34000, "active"),
    (GRE, 30000, "active"),
    (JUN, 28000, "active"),
    (OSP, 26000, "active"),
    (FEN, 24000, "active"),
    (STO, 22000, "active"),
    (WRE, 20000, "active"),
    (CIN, 19000, "active"),
    (PEB, 18000, "active"),
    (AMB, 17000, "active"),
    (TWO, 16000, "active"),
    (SOR, 15000, "active"),
    (LAN, 14000, "active"),
    (FOX, 13000, "active"),
    (RUS, 12000, "active"),
    (MEA, 11000, "active"),
    (THI, 10000, "active"),
    (IRO, 9500, "active"),
    (SAL, 9000, "active"),
    (HOL, 8500, "active"),
    (BRA, 8000, "active"),
    (WIN, 7500, "active"),
    (CAL, 7000, "active"),
    (STI, 6500, "active"),
    (ORC, 6000, "active"),
    (PIN, 6000, "active"),
    (VAS, 44000, "churned"),
    (MRL, 18000, "churned"),
    (CLD, 12000, "churned"),
    (TAM, 9000, "churned"),
    (NOR, 260000, "lost"),
    (PEL, 22000, "lost"),
    (TRE, 15000, "lost"),
]

# ---- roadmap items (canonical names) ----
LAB = "Lab analysis import"
CLUB = "Club shipment customization"
TOP = "Barrel topping schedule"
EFILE = "Excise report e-filing"
GROW = "Grower contracts"
SSO = "Single sign-on"
API = "Public API"
MOB = "Mobile cellar app"
DTC = "DTC shipping compliance checks"
WAIT = "Club waitlist"
NS = "NetSuite integration"
EU = "EU data hosting"
GIFT = "Gift cards"
RES = "Tasting reservations"

COMMENTS = []

def c(account, text, label, requests=()):
    COMMENTS.append((account, text, label, list(requests)))

# ===== batch 1: Halvorsen, Copper Mesa, Tidewater =====
c(HAL, "We run four wineries on CaskLedger and every harvest our lab team re-keys the ETS panels by hand, lot by lot. That's a few hundred numbers a day in October. Import the lab PDFs or CSVs and you'd save us a full-time temp.",
  "neutral", [(LAB, "Import the lab PDFs or CSVs")])
c(HAL, "Grower contracts. That is the one thing keeping our fruit purchasing in spreadsheets - 140 contracts, price per ton with Brix bonuses, and nothing connects to the weigh tags in CaskLedger.",
  "neutral", [(GROW, "Grower contracts")])
c(HAL, "Harvest went smoothly, the crush pad team finally trusts the weigh tag screen. What we still can't do is tie a weigh tag back to the block and the contract price so accounting can pay growers out of the system. Today that's a spreadsheet and a lot of hope.",
  "positive", [(GROW, "tie a weigh tag back to the block and the contract price so accounting can pay growers out of the system")])
c(HAL, "any plans for grower payment statements? our controller asks me every quarter",
  "neutral", [(GROW, "grower payment statements")])
c(HAL, "IT here. We're moving everything behind Okta this year and CaskLedger is one of three apps left with its own passwords. Staff turnover in the tasting rooms makes offboarding a real headache for us.",
  "neutral", [(SSO, "CaskLedger is one of three apps left with its own passwords")])
c(HAL, "Two requests from the group IT side: SAML login so we can manage users centrally, and some kind of API so our data warehouse can pull production volumes every night instead of someone exporting CSVs on Monday morning.",
  "neutral", [(SSO, "SAML login so we can manage users centrally"), (API, "some kind of API so our data warehouse can pull production volumes every night")])
c(HAL, "The 5120.17 itself is right now, thanks for fixing the bulk wine lines. Next step would be sending it to TTB from inside CaskLedger instead of our compliance person retyping it into Pay.gov for each bonded premises. Our three compliance people would thank you personally.",
  "positive", [(EFILE, "sending it to TTB from inside CaskLedger instead of our compliance person retyping it into Pay.gov")])
c(HAL, "Solid platform for a multi-winery group. Rollout at the fourth site took three weeks, which is faster than we planned, and your onboarding people trained the cellar teams in person. Would recommend.",
  "positive")
c(HAL, "Renewal pricing went up 18% with two weeks notice. The product is fine but that's not how you treat your largest customer. We will be looking at alternatives before we sign again.",
  "negative")
c(HAL, "Since the last release the bottling run screen deducts the capsules twice when a run is split across two days. Ticket is open, please fix before our spring bottling. We bottle about 40,000 cases in April.",
  "neutral")

c(COP, "Our lab runs a WineScan and exports everything to CSV. Being able to drop that file into CaskLedger and have the results land on the right lots would be huge. We'd also stop finding typos in the VA column three weeks later.",
  "neutral", [(LAB, "drop that file into CaskLedger and have the results land on the right lots")])
c(COP, "Lab numbers. We key Brix, pH, TA, VA and free/total SO2 in by hand for about 300 vessels, every week, more in harvest. There has to be a better way to get chemistry from the lab into the system. Honestly it's the most tedious part of the job and it's the software's fault.",
  "negative", [(LAB, "get chemistry from the lab into the system")])
c(COP, "Grape purchase agreements with our growers \u2014 multi-year, tiered pricing, some paid on Brix, some per acre. We'd love to see that managed in CaskLedger next to the weigh tags. Everything else about harvest intake works well for us.",
  "positive", [(GROW, "Grape purchase agreements with our growers \u2014 multi-year, tiered pricing, some paid on Brix, some per acre. We'd love to see that managed in CaskLedger")])
c(COP, "If you had contract management for growers and a NetSuite connector we could retire two other systems. Right now fruit contracts live in one tool, the GL lives in NetSuite, and CaskLedger sits in the middle with nobody talking to anybody.",
  "neutral", [(GROW, "contract management for growers"), (NS, "a NetSuite connector")])
c(COP, "Vendor scorecard for growers: tonnage delivered vs contracted, average Brix, penalties applied. Our grower relations team asks for it every harvest.",
  "neutral", [(GROW, "Vendor scorecard for growers: tonnage delivered vs contracted")])
c(COP, "The vessel map is the best thing in the product. Our cellar masters plan the whole day from it, and the new filters for barrel groups are a big help. Five years in, still the right choice for us.",
  "positive")
c(COP, "Support response times have slipped badly this year. We used to get an answer within the hour during harvest, now it's next day. During crush that's unacceptable.",
  "negative")
c(COP, "It does what we need. Not exciting, not painful.",
  "neutral")

c(TID, "We're a co-op with 60-odd member growers. Every member has a delivery contract with tonnage caps and a price schedule, and the board wants member statements out of the same system that records the crush. Can CaskLedger handle grower contracts at some point?",
  "neutral", [(GROW, "Can CaskLedger handle grower contracts at some point?")])
c(TID, "member grower settlements!! still doing them in excel every december",
  "neutral", [(GROW, "member grower settlements!!")])
c(TID, "Two things the board keeps bringing up: grower contract tracking, and an app the cellar crew can use on their phones when they're up on the catwalk. Otherwise we're happy with it.",
  "positive", [(GROW, "grower contract tracking"), (MOB, "an app the cellar crew can use on their phones when they're up on the catwalk")])
c(TID, "The web app on a phone is painful. Tiny buttons, the vessel map doesn't fit, and the session times out every few minutes. Our cellar hands write additions on their gloves and type them in at the end of the shift.",
  "negative", [(MOB, "The web app on a phone is painful")])
c(TID, "We top about 2,000 barrels on a six-week rotation. Would be great if CaskLedger generated the topping work orders by itself instead of the cellar master building them from a spreadsheet every Monday.",
  "neutral", [(TOP, "Would be great if CaskLedger generated the topping work orders by itself")])
c(TID, "Please support Azure AD sign-in. We have 45 users across the co-op and resetting passwords is half of what our IT guy does. Everything else is running well for us.",
  "positive", [(SSO, "support Azure AD sign-in")])
c(TID, "We're migrating finance to NetSuite in July. Our accountant says the CaskLedger integration list stops at QuickBooks and Xero, which is going to be a problem for us. We'd rather not bolt on a middleware tool just for this.",
  "neutral", [(NS, "the CaskLedger integration list stops at QuickBooks and Xero")])
c(TID, "Good product, good people. The training sessions before harvest were excellent and the member growers liked the new weigh tag printouts.",
  "positive")
c(TID, "Our GM thinks we pay too much for what we use. I don't agree, but you should know that's the conversation we'll have at renewal.",
  "neutral")

# ===== batch 2: Ridgeback, Marrowstone, Bellrose =====
c(RID, "We buy about 60% of our fruit. Right now grower agreements sit in a shared drive and nobody knows which version is current. A contracts module tied to the vineyard blocks would save my harvest.",
  "neutral", [(GROW, "A contracts module tied to the vineyard blocks")])
c(RID, "Would love to see fruit contracts in CaskLedger: price per ton, Brix bands, who's delivering from which block, and accruals for finance. Everything else in harvest is covered nicely.",
  "positive", [(GROW, "Would love to see fruit contracts in CaskLedger")])
c(RID, "Is there a way to set a recurring topping task for a barrel group? Right now I copy last month's work order and edit the dates one by one.",
  "neutral", [(TOP, "set a recurring topping task for a barrel group")])
c(RID, "We generate the 5120.17 and the excise return in CaskLedger, then someone types the numbers into Pay.gov. Direct e-filing would remove the one step where mistakes creep in. Twice this year we had to file an amended report because of a typo.",
  "neutral", [(EFILE, "Direct e-filing")])
c(RID, "Our BI team wants programmatic access to lots and vessel volumes. Scheduled CSV exports don't cut it when we run dashboards for three wineries.",
  "neutral", [(API, "programmatic access to lots and vessel volumes")])
c(RID, "barcode scanning on a phone for barrels please. we have the labels on every barrel, just nothing to scan them with except the tasting room ipads",
  "neutral", [(MOB, "barcode scanning on a phone for barrels")])
c(RID, "Really pleased with the blending module this year. Trial blends, costings and the final blend are all in one place, and our winemakers finally stopped keeping their own notebooks.",
  "positive")
c(RID, "Harvest support was patchy. One great agent, two who clearly didn't know the product. Onboarding for our new cellar staff also took longer than we were promised.",
  "negative")

c(MAR, "The lab section is great for trends but entering results is a chore. Our lab sends results as a spreadsheet every morning; importing that would be amazing. Really happy with the product overall.",
  "positive", [(LAB, "importing that would be amazing")])
c(MAR, "We're starting to buy Pinot from three growers next vintage. How are other customers tracking grower contracts in CaskLedger? If there's nothing built in, please consider it.",
  "neutral", [(GROW, "tracking grower contracts in CaskLedger? If there's nothing built in, please consider it")])
c(MAR, "single sign on with google workspace. we're a family business but we still have 25 logins to manage",
  "neutral", [(SSO, "single sign on with google workspace")])
c(MAR, "Is there an API? Our ecommerce agency wants to pull inventory levels into the new website and they keep asking me for documentation I don't have.",
  "neutral", [(API, "Is there an API?")])
c(MAR, "We don't need a phone app, our cellar has a rugged tablet on the wall and the web version runs fine on it. Just saying since your survey last time asked about mobile.",
  "neutral")
c(MAR, "Best decision we made when we took over the family winery. The compliance reports alone pay for it. Our old system was a binder and a prayer.",
  "positive")

c(BEL, "Any plans for ETS integration? we send everything there and retype it",
  "neutral", [(LAB, "Any plans for ETS integration?")])
c(BEL, "Love the product. Pushing the monthly TTB report electronically would be the cherry on top. Our bookkeeper spends half a day on it every month.",
  "positive", [(EFILE, "Pushing the monthly TTB report electronically")])
c(BEL, "We've had two staff leave on bad terms this year and both still had CaskLedger logins for a week because nobody remembered to remove them. Tie it to our Microsoft accounts and that problem goes away.",
  "neutral", [(SSO, "Tie it to our Microsoft accounts")])
c(BEL, "webhooks for new online orders would let us trigger our own fulfilment workflow. everything else about the webstore is fine",
  "neutral", [(API, "webhooks for new online orders")])
c(BEL, "We ship to about 30 states and the webstore happily takes orders for states where we aren't licensed. Every order gets checked by hand against our ShipCompliant rules before we pack it. Blocking those at checkout would save us refunds and a lot of awkward emails.",
  "neutral", [(DTC, "Blocking those at checkout")])
c(BEL, "How do I move a club member to a different tier without charging them twice? Tried it last week and the card was charged for both tiers. Support says it's a known issue but couldn't tell me when it gets fixed.",
  "neutral")
c(BEL, "We've been on CaskLedger four years. It's not perfect but it runs the winery, and I can't imagine going back to paper.",
  "positive")

# ===== batch 3: Quarry Hill, Loess & Lime, Sablewood, Kettle Creek, Greyfriar =====
c(QUA, "Two things would make this a ten: importing OenoFoss results straight onto the lots, and filing the 5120.17 electronically instead of printing it and retyping it. Otherwise we're very happy.",
  "positive", [(LAB, "importing OenoFoss results straight onto the lots"), (EFILE, "filing the 5120.17 electronically")])
c(QUA, "The Report of Wine Premises Operations takes our office manager a full day every month even with CaskLedger, because pay.gov wants it typed in field by field. Please connect the two. It's the same numbers.",
  "neutral", [(EFILE, "pay.gov wants it typed in field by field. Please connect the two")])
c(QUA, "We want to build a simple dashboard for the owners. An API key and some docs is all we'd need.",
  "neutral", [(API, "An API key and some docs")])
c(QUA, "our cellar guys would use it way more if it worked properly on android phones",
  "neutral", [(MOB, "if it worked properly on android phones")])
c(QUA, "Setup was quick, the import of our old barrel inventory from spreadsheets went cleanly, and the team picked it up in a week. Happy so far.",
  "positive")

c(LOE, "Lab results integration - we use an outside lab and get PDFs by email. Anything that avoids re-keying would help.",
  "neutral", [(LAB, "Lab results integration")])
c(LOE, "Our state and the TTB both want monthly reports. CaskLedger produces them nicely, we just wish we could submit from there. Otherwise it's been a great fit.",
  "positive", [(EFILE, "we just wish we could submit from there")])
c(LOE, "Our auditors flagged again that CaskLedger isn't on our single sign-on. Not a big deal day to day, but it comes up every year and I'm tired of writing the exception memo.",
  "neutral", [(SSO, "CaskLedger isn't on our single sign-on")])
c(LOE, "The Xero sync works fine. The only reason I'm not giving a 10 is the price, which is steep for a winery our size.",
  "neutral")
c(LOE, "fine",
  "neutral")

c(SAB, "We do our own lab work in-house. It would be great to upload the spectrophotometer export rather than entering every panel by hand.",
  "neutral", [(LAB, "upload the spectrophotometer export rather than entering every panel")])
c(SAB, "Barrels due for topping should show up on the dashboard. Twice this year a group got missed and we lost a few gallons to ullage. Not the end of the world but annoying.",
  "neutral", [(TOP, "Barrels due for topping should show up on the dashboard")])
c(SAB, "Please add login with Google. Our seasonal harvest interns forget their passwords every single day. I reset six of them last Friday alone.",
  "neutral", [(SSO, "login with Google")])
c(SAB, "Great product. Any chance of an open API? We'd like to connect our own label printing software.",
  "positive", [(API, "Any chance of an open API?")])
c(SAB, "The barrel history disappeared for about 40 barrels after we moved them between warehouses. Support restored it but it took four days, in the middle of racking.",
  "negative")

c(KET, "Autoimport from ETS. please.",
  "neutral", [(LAB, "Autoimport from ETS")])
c(KET, "Cellar side: a topping calendar that reminds us which barrels are due, and something we can use from a phone while we're in the barrel room. The desktop screens are great but nobody carries a laptop into the cellar.",
  "positive", [(TOP, "a topping calendar that reminds us which barrels are due"), (MOB, "something we can use from a phone while we're in the barrel room")])
c(KET, "We'd pay extra for e-filing of excise returns. Every month I sit with the PDF on one screen and pay.gov on the other.",
  "neutral", [(EFILE, "e-filing of excise returns")])
c(KET, "SSO via Okta please",
  "neutral", [(SSO, "SSO via Okta")])
c(KET, "An API. Our accountant built a Power BI report and we export CSVs into it by hand every week. It's error-prone and nobody enjoys it.",
  "neutral", [(API, "An API")])
c(KET, "Happy overall. The club processing went through without a hitch this quarter. We bought fruit from a neighbour for the first time this year and the weigh tags handled it fine too.",
  "positive")

c(GRE, "honestly manual lab entry is the worst part of my week. we get results from the lab as csv and it's all copy paste into each lot, one number at a time",
  "negative", [(LAB, "manual lab entry is the worst part of my week")])
c(GRE, "Is electronic filing of the TTB reports on the roadmap?",
  "neutral", [(EFILE, "electronic filing of the TTB reports")])
c(GRE, "Would like to log in with our company Microsoft 365 accounts.",
  "neutral", [(SSO, "log in with our company Microsoft 365 accounts")])
c(GRE, "We love CaskLedger. The only gap for us is that there's no API to connect our custom wholesale order portal, so orders get keyed twice.",
  "positive", [(API, "there's no API to connect our custom wholesale order portal")])
c(GRE, "The new vessel map is a big improvement. Still a bit slow to load with 400 vessels, but much better than before. Keep going in this direction.",
  "positive")

# ===== batch 4: Vauclair, Peñalta, Aschbach, Juniper Bench, Osprey Point, Little Fennel, Stonecrop =====
c(VAU, "Très bon outil pour la cave. Il nous manque l'import des analyses du laboratoire : aujourd'hui on ressaisit tout à la main, cuve par cuve.",
  "positive", [(LAB, "l'import des analyses du laboratoire")])
c(VAU, "Nous sommes en France, donc la DRM doit partir chez les douanes chaque mois. Pouvoir l'envoyer directement depuis CaskLedger serait un vrai gain de temps. Et nos importateurs nous demandent où sont hébergées les données : un hébergement en Europe nous rassurerait.",
  "neutral", [(EFILE, "Pouvoir l'envoyer directement depuis CaskLedger"), (EU, "un hébergement en Europe nous rassurerait")])
c(VAU, "Le support répond seulement en anglais, et souvent le lendemain à cause du décalage horaire. Pour le reste, ça fonctionne.",
  "neutral")

c(PEN, "Para nosotros lo más importante sería poder enviar los asientos al SILICIE directamente desde CaskLedger. Ahora lo hacemos a mano cada semana y es fácil equivocarse. Por lo demás, muy contentos con el programa.",
  "positive", [(EFILE, "poder enviar los asientos al SILICIE directamente desde CaskLedger")])
c(PEN, "Buen producto, pero nuestro asesor legal pregunta si los datos pueden alojarse en servidores de la UE. Por el RGPD, es un requisito para renovar el año que viene.",
  "neutral", [(EU, "si los datos pueden alojarse en servidores de la UE")])

c(ASC, "Wir sind ein Weingut in der Pfalz. Unser Datenschutzbeauftragter möchte, dass die Daten in der EU gespeichert werden. Gibt es dafür Pläne?",
  "neutral", [(EU, "dass die Daten in der EU gespeichert werden")])
c(ASC, "Die Kellerbuchführung funktioniert gut und die Schulung war hervorragend. Nur der Preis ist für uns grenzwertig.",
  "positive")
c(ASC, "We'd like topping and SO2 checks on barrels to be scheduled automatically, every 4-6 weeks per barrel group. Right now it's a whiteboard in the cellar.",
  "neutral", [(TOP, "topping and SO2 checks on barrels to be scheduled automatically")])
c(ASC, "Our accountant uses a German ERP and needs the bottling data. A REST interface would help a lot.",
  "neutral", [(API, "A REST interface")])

c(JUN, "lab imports would be nice",
  "neutral", [(LAB, "lab imports")])
c(JUN, "Ullage is killing us this summer. A topping schedule with reminders would help us stay on top of it.",
  "neutral", [(TOP, "A topping schedule with reminders")])
c(JUN, "Could you add Google sign-in?",
  "neutral", [(SSO, "add Google sign-in")])
c(JUN, "Been a customer 3 years, love it. Zapier or an API would let me hook the club signups into our email marketing without exporting lists.",
  "positive", [(API, "Zapier or an API")])
c(JUN, "Our cellar hands are on their phones all day anyway. Let them log additions and rack-and-returns from the phone and we'd get real-time records instead of end-of-day catch-up. Half the time the catch-up doesn't happen.",
  "neutral", [(MOB, "Let them log additions and rack-and-returns from the phone")])

c(OSP, "I'd love for the lab panel results to just show up on the lot without me typing them. Otherwise the cellar side is brilliant.",
  "positive", [(LAB, "the lab panel results to just show up on the lot without me typing them")])
c(OSP, "Topping rotation! We have 300 barrels and I track them on a paper chart taped to the wall.",
  "neutral", [(TOP, "Topping rotation!")])
c(OSP, "Okta integration for login would make our IT consultant happy. Nothing else to report. The product itself is great.",
  "positive", [(SSO, "Okta integration for login")])
c(OSP, "Native iPhone app for the cellar team.",
  "neutral", [(MOB, "Native iPhone app for the cellar team")])
c(OSP, "Our assistant winemaker thinks we should switch to a phone-based system like some of the newer products. I'm not convinced. CaskLedger does everything we need and the team knows it.",
  "positive")

c(FEN, "Our club members keep asking to swap out the rosé in the spring shipment. Letting them customize their own box would make the club way more popular. We love how easy the club batches are to run otherwise.",
  "positive", [(CLUB, "Letting them customize their own box")])
c(FEN, "Is there a way to stop the webstore from taking orders from states we can't ship to? We had three Utah orders last month and had to refund all of them.",
  "neutral", [(DTC, "stop the webstore from taking orders from states we can't ship to")])
c(FEN, "The member portal where people can update their cards and skip a shipment has cut our club admin time in half. Thank you!",
  "positive")

c(STO, "Please add: 1) scheduled topping work orders, 2) an API for our accountant's reporting tool. That's it, the rest is great.",
  "positive", [(TOP, "scheduled topping work orders"), (API, "an API for our accountant's reporting tool")])
c(STO, "Would be great if the cellar module worked as an app on my phone. Walking back to the office to log a pump-over is silly. Otherwise the cellar module is exactly what we needed.",
  "positive", [(MOB, "if the cellar module worked as an app on my phone")])
c(STO, "We're a small bonded winery and the monthly report is the task I dread. If CaskLedger could file it for me I'd be a 10.",
  "neutral", [(EFILE, "If CaskLedger could file it for me")])

# ===== batch 5: Wrenfield, Cinder Road, Pebble Lane, Amberlight, Two Hounds, Sorrel Hollow, Lantern Hill, Foxglove, Rustgate, Meadowlark =====
c(WRE, "Choice club! Our members want to pick their six bottles, not get whatever we decide. Wine club is 60% of our revenue, so this matters a lot to us.",
  "neutral", [(CLUB, "Choice club!")])
c(WRE, "We're tiny and the 5120.17 still takes me an evening. Could the system just submit it?",
  "neutral", [(EFILE, "Could the system just submit it?")])
c(WRE, "Tasting room POS is fast and the staff like it. The card reader drops its connection now and then, but a restart fixes it. Best POS we've had.",
  "positive")

c(CIN, "We get our Brix and pH from the lab's portal. Hooking that into CaskLedger so readings appear on each lot would save me an hour a day during harvest.",
  "neutral", [(LAB, "Hooking that into CaskLedger so readings appear on each lot")])
c(CIN, "need topping reminders. period.",
  "neutral", [(TOP, "need topping reminders")])
c(CIN, "We'd be a 10 if the team could sign in with their Google accounts instead of separate passwords.",
  "neutral", [(SSO, "sign in with their Google accounts instead of separate passwords")])
c(CIN, "Mobile! Cellar work happens away from a desk.",
  "neutral", [(MOB, "Mobile!")])
c(CIN, "Price keeps going up and we haven't seen much new for small wineries in the last year. Starting to wonder what we're paying for.",
  "negative")

c(PEB, "Our club members want to add extra bottles or swap a wine before the shipment runs. Right now they email us and we edit each order by hand, about 200 of them every quarter. It's the worst week of the quarter for my team.",
  "neutral", [(CLUB, "Our club members want to add extra bottles or swap a wine before the shipment runs")])
c(PEB, "API access for the club data, please. We want to sync members with our newsletter tool.",
  "neutral", [(API, "API access for the club data")])
c(PEB, "Where did the 'print pick list' button go after the update? We used it for every club shipment.",
  "neutral")

c(AMB, "Love CaskLedger for the tasting room. For the club we need two things: members choosing their own wines, and the webstore checking state shipping limits before it takes an order.",
  "positive", [(CLUB, "members choosing their own wines"), (DTC, "the webstore checking state shipping limits before it takes an order")])
c(AMB, "Please add single sign-on. The tasting room staff share one login right now because nobody can remember their own, which I know is bad.",
  "neutral", [(SSO, "Please add single sign-on")])
c(AMB, "We're opening a second tasting room in town next spring, so expect more users from us. We'll probably need two more POS logins. Happy with how it's going so far.",
  "positive")

c(TWO, "two things pls: members picking their own club wines, and tasting reservations built into the POS so we can stop paying for a separate booking tool",
  "neutral", [(CLUB, "members picking their own club wines"), (RES, "tasting reservations built into the POS")])
c(TWO, "Any plans to support SAML? Our new parent company requires it for every system we use, and IT gave us until the end of the year.",
  "neutral", [(SSO, "Any plans to support SAML?")])

c(SOR, "The club is the heart of our business and CaskLedger handles it well. What members ask for most is the ability to make substitutions in their shipment. Swapping a bottle is the number one email we get before every release.",
  "positive", [(CLUB, "the ability to make substitutions in their shipment")])
c(SOR, "Our club is full at 400 members and we keep the waitlist in a Google Sheet. A proper waitlist in the club module that lets us invite people when a spot opens would be great.",
  "neutral", [(WAIT, "A proper waitlist in the club module")])
c(SOR, "Club processing on Tuesday failed halfway through with a timeout and about 80 cards were charged twice. Support sorted out the refunds, but the members were not happy and neither were we.",
  "negative")

c(LAN, "Please let club members build their own shipment from a list we approve.",
  "neutral", [(CLUB, "let club members build their own shipment from a list we approve")])
c(LAN, "Is there an API or any way to get data out other than CSV?",
  "neutral", [(API, "an API or any way to get data out other than CSV")])
c(LAN, "Onboarding was rough. The data import from our old system took three tries and our CSM changed twice in two months. It's working now, but it shouldn't have been that hard.",
  "negative")

c(FOX, "Our customers keep asking for gift cards and our club members keep asking to pick their wines. Both would help us a lot in Q4.",
  "neutral", [(GIFT, "Our customers keep asking for gift cards"), (CLUB, "our club members keep asking to pick their wines")])
c(FOX, "Sign in with Microsoft would be nice.",
  "neutral", [(SSO, "Sign in with Microsoft")])

c(RUS, "We lost a dozen club members this year because they kept getting wines they didn't like. A customizable shipment would help us keep them. Pretty frustrating to watch them go.",
  "negative", [(CLUB, "A customizable shipment")])
c(RUS, "Gift certificates in the POS!!",
  "neutral", [(GIFT, "Gift certificates in the POS!!")])
c(RUS, "Very happy, great for a small winery.",
  "positive")

c(MEA, "I'd like to offer a 'winemaker's choice' and a 'member's choice' club. CaskLedger only does the first one.",
  "neutral", [(CLUB, "a 'member's choice' club")])
c(MEA, "e-file with TTB from CaskLedger?",
  "neutral", [(EFILE, "e-file with TTB from CaskLedger")])
c(MEA, "Can we get a waiting list for the club? We have to turn people away at the tasting bar every weekend.",
  "neutral", [(WAIT, "a waiting list for the club")])
c(MEA, "Is it possible to set different shipping prices per club tier? I think I saw it in the settings once but can't find it now.",
  "neutral")

# ===== batch 6: Thistledown, Ironbark, Saltmarsh, Hollins Bend, Bramble & Oak, Windvane, Calico Ridge, Stillwater, Orchard Gap, Pine Sisters =====
c(THI, "love the club module but members should be able to swap reds for whites if they want. we get so many emails about it",
  "positive", [(CLUB, "members should be able to swap reds for whites if they want")])
c(THI, "We'd love automatic compliance checks on DTC orders: volume limits per state, licence status, that kind of thing. Right now it's a spreadsheet and my memory.",
  "neutral", [(DTC, "automatic compliance checks on DTC orders")])
c(THI, "Does the job.",
  "neutral")

c(IRO, "barrel topping schedule plz",
  "neutral", [(TOP, "barrel topping schedule")])
c(IRO, "We went paperless in the tasting room with the iPad POS and it's brilliant. The cellar is still clipboards, because the main app isn't usable on a phone. Would love to finish the job.",
  "positive", [(MOB, "the main app isn't usable on a phone")])
c(IRO, "We're thinking about going back to spreadsheets for the cellar. It's a lot of software for 2,000 cases, and I'm the only one who uses it.",
  "negative")

c(SAL, "Make the club shipments customizable and I'll stop hearing about it at every pickup party.",
  "neutral", [(CLUB, "Make the club shipments customizable")])
c(SAL, "I really hate retyping the TTB report into pay.gov. You already have all the numbers!",
  "neutral", [(EFILE, "I really hate retyping the TTB report into pay.gov")])
c(SAL, "Great system. Could we sell gift cards through the webstore and redeem them in the tasting room? The holidays are when we'd sell the most.",
  "positive", [(GIFT, "sell gift cards through the webstore and redeem them in the tasting room")])

c(HOL, "Our barrel program is small but I still lose track of what was topped when. Some kind of schedule that tells me what's due this week would be perfect.",
  "neutral", [(TOP, "Some kind of schedule that tells me what's due this week")])
c(HOL, "Android app?",
  "neutral", [(MOB, "Android app?")])
c(HOL, "The bottling run report has been wrong since the update, it shows last year's dry goods costs. Can someone look at it before our accountant does?",
  "neutral")

c(BRA, "Curated vs. custom: our members want custom. Right now we can't offer that, so we lose the ones who only drink white.",
  "neutral", [(CLUB, "our members want custom")])
c(BRA, "waitlist for the wine club!!!",
  "neutral", [(WAIT, "waitlist for the wine club!!!")])
c(BRA, "Customer service has been excellent every time I've called. Feels like a small company that actually cares. That's why we stay.",
  "positive")

c(WIN, "Recurring work orders for topping and barrel SO2 adds, please. I rebuild the same order every three weeks.",
  "neutral", [(TOP, "Recurring work orders for topping and barrel SO2 adds")])
c(WIN, "If there were an API I'd connect our weather station and vineyard data. Not urgent. Love the product.",
  "positive", [(API, "If there were an API")])
c(WIN, "Good value for a winery our size. People ask about SSO in these surveys, but for five of us a password manager works fine.",
  "positive")

c(CAL, "We're switching the club to a build-your-own model next year. Not sure CaskLedger can do that yet. Can it?",
  "neutral", [(CLUB, "a build-your-own model")])
c(CAL, "It would help if the cellar screens worked on a phone. We're a two-person winery and we're never at a computer during the day.",
  "neutral", [(MOB, "if the cellar screens worked on a phone")])
c(CAL, "Can customers book tastings online through CaskLedger? We use Tock now and it doesn't talk to the POS, so we enter every visit twice.",
  "neutral", [(RES, "book tastings online through CaskLedger")])
c(CAL, "We're happy. The compliance report alone saves me a day a month, and keying it into pay.gov after that takes ten minutes, so no complaints.",
  "positive")

c(STI, "It would be really helpful to get alerts when barrels haven't been topped in X weeks. A barrel group slipped through twice this spring. Otherwise really happy with it.",
  "positive", [(TOP, "alerts when barrels haven't been topped in X weeks")])
c(STI, "cellar app for phones pls, the ipad is always in the tasting room",
  "neutral", [(MOB, "cellar app for phones")])
c(STI, "I've only been using it for a month, too early to say.",
  "neutral")

c(ORC, "The topping log is fine but it doesn't tell me what's overdue. I'd love a proper topping schedule.",
  "neutral", [(TOP, "I'd love a proper topping schedule")])
c(ORC, "An app for the phone so I can record punchdowns in the cellar.",
  "neutral", [(MOB, "An app for the phone")])
c(ORC, "We're small so I'll keep it short: e-filing for the monthly report, and online booking for tastings. Everything else is great.",
  "positive", [(EFILE, "e-filing for the monthly report"), (RES, "online booking for tastings")])

c(PIN, "Electronic submission of compliance reports. It's two hours a month of typing numbers the software already has.",
  "neutral", [(EFILE, "Electronic submission of compliance reports")])
c(PIN, "a phone-friendly version for logging cellar work",
  "neutral", [(MOB, "a phone-friendly version for logging cellar work")])
c(PIN, "Gift cards would be so good for the holidays",
  "neutral", [(GIFT, "Gift cards would be so good")])
c(PIN, "We're two sisters running a tiny winery and CaskLedger made the TTB stuff a lot less scary. Thank you. Our accountant says it's the tidiest set of books she's seen from a winery.",
  "positive")

# ===== batch 7: churned and lost =====
c(VAS, "We moved to Cellarwise after three years. The deciding factors were that they import our lab results automatically and have an API our consultant could use. CaskLedger was fine otherwise, but we couldn't keep doing double entry.",
  "negative", [(LAB, "they import our lab results automatically"), (API, "have an API our consultant could use")])
c(MRL, "We didn't renew. We asked for topping schedules for two years and kept managing 250 barrels on a whiteboard; VineOps does it out of the box.",
  "negative", [(TOP, "We asked for topping schedules for two years")])
c(MRL, "Support tickets sat for a week at a time. Honestly that's why we left, more than any missing feature.",
  "negative")
c(CLD, "We sold the winery to a larger group and they have their own system. Nothing against CaskLedger, it served us well.",
  "negative")
c(TAM, "Cancelled. Our club members wanted to choose their wines and we could only send fixed packs. We moved to a platform that lets them pick.",
  "negative", [(CLUB, "Our club members wanted to choose their wines")])
c(NOR, "We chose Cellarwise. For a winery buying from 90 growers, grower contract management and grower payments were non-negotiable, and we needed a native NetSuite integration. Your demo was good, but those two were missing.",
  "negative", [(GROW, "grower contract management and grower payments were non-negotiable"), (NS, "we needed a native NetSuite integration")])
c(PEL, "We went with VineOps because their club lets members customise each shipment online. Nice people at CaskLedger, but that was the deal-breaker.",
  "negative", [(CLUB, "their club lets members customise each shipment online")])
c(TRE, "Went with Tanklog. Their cellar app runs on any phone, our crew tried it during the trial and loved it. Your web screens on a phone were not close.",
  "negative", [(MOB, "Their cellar app runs on any phone")])
