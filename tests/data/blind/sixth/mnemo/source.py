# Hand-typed evaluation comments for "Mnemo" (invented collections management SaaS for museums, galleries, archives).
# Each comment: (account, text, label, [(item, evidence), ...]). Typed one at a time, in batches.

IIIF = "IIIF image delivery"
BARCODE = "Barcode location audits"
LOANS = "Loan agreement and courier workflow"
ENV = "Environmental monitoring data per store"
RIGHTS = "Bulk rights clearance"
SSO = "Single sign-on"
MOBILE = "Offline mobile app"
SPECTRUM = "Spectrum procedure checklists"
MULTI = "Multilingual catalogue fields"
GIS = "Government Indemnity export"
XERO = "Xero integration"
WIKI = "Wikidata and Europeana publishing"

ACCOUNTS = [
    ("Northgate Museums Trust", 600000, "active"),
    ("Royal Ashbourne University Collections", 420000, "active"),
    ("Calderbrook City Museums Service", 310000, "active"),
    ("Fondation Marceau-Leveque", 240000, "active"),
    ("Harwick Maritime Museum", 95000, "active"),
    ("Pellham Natural History Museum", 88000, "active"),
    ("Tollcross Gallery of Modern Art", 72000, "active"),
    ("Stenning Archive and Library", 54000, "active"),
    ("Ostwall Kunsthalle", 45000, "active"),
    ("Museo de la Ribera", 38000, "active"),
    ("Marlow & Finch Corporate Art Collection", 34000, "active"),
    ("Hollins College Art Collection", 26000, "active"),
    ("Glasswell Contemporary", 22000, "active"),
    ("Eastfield Botanical Archive", 19000, "active"),
    ("Carrow Lane Photographic Archive", 18000, "active"),
    ("Merriden House", 16000, "active"),
    ("Thornbury Museum of Childhood", 15000, "active"),
    ("Fenwick Railway Heritage Trust", 14000, "active"),
    ("Ashcombe Costume Collection", 13000, "active"),
    ("Gwynfa Slate Museum", 12500, "active"),
    ("St Aldric's Cathedral Library", 12000, "active"),
    ("Kirkhope Textile Museum", 11000, "active"),
    ("Bardon Mining Museum", 10000, "active"),
    ("Lowther Street Gallery", 9500, "active"),
    ("Brackenfield Regimental Museum", 9000, "active"),
    ("The Old Tannery Arts", 8000, "active"),
    ("Saltmarsh Folk Life Museum", 7500, "active"),
    ("Westray Island Museum", 6500, "active"),
    ("Little Dunmore Heritage Centre", 6000, "active"),
    ("Quayside Print Workshop Archive", 6000, "active"),
    ("Redcastle Abbey Museum", 28000, "churned"),
    ("Penhallow Arts Council Collection", 17000, "churned"),
    ("Vinterhus Design Museum", 41000, "churned"),
    ("Brightwater University Archives", 120000, "lost"),
    ("Museum of the Severn Valley", 33000, "lost"),
    ("Kingsreach Contemporary Art Foundation", 65000, "lost"),
]

COMMENTS = []

# ---- batch 1 ----
COMMENTS.append(("Northgate Museums Trust",
    "We have about 140 users across five sites, plus freelancers and volunteers who come and go, and every one of them has a separate Mnemo password that our registrars reset by hand. Our IT security policy now requires all SaaS to authenticate through Azure AD by the end of the next financial year. I've been asked to make it clear that this is a condition of renewal, not a nice to have. The collections side of the product is solid and nobody here wants to migrate, but the decision won't be ours.",
    "neutral", [(SSO, "requires all SaaS to authenticate through Azure AD")]))

COMMENTS.append(("Little Dunmore Heritage Centre",
    "love it. barcode scanning for the stocktake would save my volunteers days",
    "positive", [(BARCODE, "barcode scanning for the stocktake")]))

COMMENTS.append(("Harwick Maritime Museum",
    "This year we lent our Lady Elspeth figurehead to a national exhibition, the biggest outgoing loan we have ever done. The condition report with the annotated photos went to the borrower's conservator straight from Mnemo and she said it was the clearest she had received. When the figurehead came back with a small split in the paint we could show exactly what it looked like before it left, and the insurer settled without argument. Our registrar has been telling everyone at the regional network about it. Thank you.",
    "positive", []))

COMMENTS.append(("Tollcross Gallery of Modern Art",
    "Our digital team wants to offer the collection to researchers through Mirador. At the moment we export JPEGs from Mnemo every month and host them ourselves on a separate image server, which duplicates every image and breaks whenever a record number changes. If Mnemo published IIIF manifests for each object we could switch that server off. Otherwise no complaints, the cataloguing screens are quick.",
    "neutral", [(IIIF, "If Mnemo published IIIF manifests for each object")]))

COMMENTS.append(("Stenning Archive and Library",
    "The renewal quote came in 18% higher than last year with no new features that we use. We are a charity on a fixed grant from the county and I had to go back to the trustees mid-year to find the difference. I'd have appreciated a conversation before the invoice arrived rather than after. Score reflects that, not the software.",
    "negative", []))

COMMENTS.append(("Pellham Natural History Museum",
    "Generally very happy. We have Hanwell loggers in every store and the data lives in their software, so when conservation investigates a pest outbreak or a mould bloom they are flicking between two screens and a spreadsheet of shelf locations. Showing the RH and temperature trace next to the store location record would be the single most useful thing you could build for us. Our conservators would actually log in every day then.",
    "positive", [(ENV, "Showing the RH and temperature trace next to the store location record")]))

COMMENTS.append(("Saltmarsh Folk Life Museum",
    "We did our first full location audit in ten years this spring. Two volunteers, one reading shelf labels aloud and one typing into a laptop on a trolley. The wifi doesn't reach the barn store, so half of it was written on paper and typed up later, with the mistakes you'd expect. Can we scan labels with a phone and have it sync when we get back in range?",
    "neutral", [(BARCODE, "scan labels with a phone"), (MOBILE, "have it sync when we get back in range")]))

COMMENTS.append(("Museo de la Ribera",
    "Estamos preparando un préstamo importante a un museo de Madrid y todo el seguimiento del correo se hace por email y en una hoja de cálculo. Necesitamos poder registrar el calendario del correo y las firmas del contrato de préstamo dentro del sistema. Por lo demás estamos muy contentos con Mnemo y con el equipo de soporte.",
    "positive", [(LOANS, "Necesitamos poder registrar el calendario del correo y las firmas del contrato de préstamo")]))

COMMENTS.append(("Brackenfield Regimental Museum",
    "Since the last update the movement history on our medal group records shows the wrong date. It records the day I press save, not the move date I type in, so a move I entered late shows as happening three weeks after it did. We rely on that history for our insurance audit so this is frustrating. Reported it twice.",
    "negative", []))

COMMENTS.append(("Royal Ashbourne University Collections",
    "We are a university with nine collections and every other system we run sits behind Shibboleth and Mnemo is the odd one out. Curators who work across the library catalogue, the VLE and Mnemo in the same morning find that ridiculous, and so do I. Students on placements get a Mnemo login that somebody has to remember to remove when they leave in June. The software itself is well liked by the curatorial staff.",
    "neutral", [(SSO, "every other system we run sits behind Shibboleth and Mnemo is the odd one out")]))

COMMENTS.append(("Kirkhope Textile Museum",
    "We photographed 3,000 pattern books with a Heritage Fund grant and the condition was that the images are published CC BY. Setting the licence on each image record one at a time took our intern most of August. Please let us select a set of images and apply the rights statement and credit line to all of them at once.",
    "neutral", [(RIGHTS, "let us select a set of images and apply the rights statement and credit line to all of them at once")]))

COMMENTS.append(("The Old Tannery Arts",
    "It's fine. Does what we need, bit clunky.",
    "neutral", []))

COMMENTS.append(("Calderbrook City Museums Service",
    "We run about sixty outgoing loans a year across the service. The loan agreement goes out as a Word document from your template, comes back marked up by the borrower, is signed in DocuSign, and then someone has to remember to upload the final version and tick it off. Couriers' travel and install dates live in a shared Outlook calendar that only two people understand. We'd like the whole thing - agreement versions, sign-off by the head of collections, courier itinerary - tracked on the loan record. At the moment the loan record is the last thing to be updated rather than the first.",
    "neutral", [(LOANS, "agreement versions, sign-off by the head of collections, courier itinerary - tracked on the loan record")]))

COMMENTS.append(("Westray Island Museum",
    "Brilliant for a tiny museum run by volunteers. Mairi in support talked me through the accession numbering on the phone for an hour and never once made me feel daft. Thank you.",
    "positive", []))

COMMENTS.append(("Fondation Marceau-Leveque",
    "Nous avons une soixantaine d'utilisateurs entre Paris et Lyon. La DSI exige une authentification unique via notre annuaire (SAML) pour tous les outils en ligne depuis l'audit de sécurité de l'an dernier. Le catalogue et le module d'expositions donnent satisfaction, mais sans cela le renouvellement sera difficile à défendre.",
    "neutral", [(SSO, "La DSI exige une authentification unique via notre annuaire (SAML)")]))

COMMENTS.append(("Fenwick Railway Heritage Trust",
    "Most of our collection is locomotives and rolling stock sitting in sheds with no phone signal at all. Condition checks are done on paper forms on a clipboard, then retyped into Mnemo in the office, usually weeks later. An app that works offline in the shed would change everything for us.",
    "neutral", [(MOBILE, "An app that works offline in the shed")]))

COMMENTS.append(("Carrow Lane Photographic Archive",
    "The deep zoom on the online collection is lovely and our users like it. Can you give us IIIF manifests? Researchers keep asking because they want to compare our prints with other archives' copies of the same negatives side by side in one viewer.",
    "positive", [(IIIF, "Can you give us IIIF manifests?")]))

COMMENTS.append(("Redcastle Abbey Museum",
    "We moved to Kestrel at the end of our contract. Their barcode module let us audit the undercroft stores in a week, which we had been asking you for since 2023. Nothing against the people, who were always kind.",
    "negative", [(BARCODE, "Their barcode module let us audit the undercroft stores in a week")]))

COMMENTS.append(("St Aldric's Cathedral Library",
    "Is there a way to print spine labels showing the shelfmark from the location record? I couldn't find it in the report builder and ended up writing them out by hand again.",
    "neutral", []))

COMMENTS.append(("Merriden House",
    "We are a historic house, so no purpose-built stores: the collection lives in the rooms it was made for. We have Tinytag loggers in fourteen rooms and the readings are exported to spreadsheets once a month by our house steward. Would be great to attach them to the room locations so that our conservator sees them when she opens an object record. Apart from that the system has been a good fit for a house like ours.",
    "positive", [(ENV, "Would be great to attach them to the room locations")]))

# ---- batch 2 ----
COMMENTS.append(("Glasswell Contemporary",
    "Artists' estates, DACS, living artists with their own agents: every work in our collection has different rights, and they change. When an estate changes its terms we have to edit 200 records by hand, one image at a time, and inevitably miss a few. Last year one of those misses ended up on a poster for a partner venue and we paid for it. The rest of Mnemo works well for a team our size.",
    "neutral", [(RIGHTS, "When an estate changes its terms we have to edit 200 records by hand")]))

COMMENTS.append(("Hollins College Art Collection",
    "Our college library already runs a IIIF server for the rare books and manuscripts, and the special collections team have built teaching packs around it. The art collection is the gap. Any plans for IIIF so our paintings and prints can sit alongside the manuscripts in the same viewer? Very happy with Mnemo otherwise.",
    "positive", [(IIIF, "Any plans for IIIF")]))

COMMENTS.append(("Quayside Print Workshop Archive",
    "Our new trustee thinks we should have an app for everything. I don't. The web version works on the tablet in the store and that's all a two-person archive needs.",
    "positive", []))

COMMENTS.append(("Northgate Museums Trust",
    "Our estates team run a building management system across all five sites and conservation get a weekly PDF from it. It means that when a lender asks for a facilities report with twelve months of environmental data for a gallery, we are stitching it together by hand from the PDFs. Pulling the BMS readings into Mnemo against each store and gallery would give us that report in a few clicks. We have raised this at the last two user group meetings.",
    "neutral", [(ENV, "Pulling the BMS readings into Mnemo against each store and gallery")]))

COMMENTS.append(("Ashcombe Costume Collection",
    "Barcodes!!! We have 9,000 garments in acid-free boxes and every box has a label that somebody wrote by hand in 1998.",
    "neutral", [(BARCODE, "Barcodes!!!")]))

COMMENTS.append(("Lowther Street Gallery",
    "I raised a ticket about the online collection not showing new images three weeks ago and it is still 'with the development team'. Nobody has told me whether it is a bug or something I did. For a small gallery the online collection is our shop window, so three weeks is a long time. Please just keep us informed.",
    "negative", []))

COMMENTS.append(("Thornbury Museum of Childhood",
    "We run a handling collection that goes out to schools, so I do condition checks on toys in classrooms, car parks and our own store. Honestly a proper phone app for condition reports would be great. The web page is fiddly on my phone and it dropped the photos twice last term when the signal went.",
    "neutral", [(MOBILE, "a proper phone app for condition reports")]))

COMMENTS.append(("Eastfield Botanical Archive",
    "Our herbarium data already goes to GBIF by another route, so that side is covered. For the archive papers, the correspondence of the plant collectors is what researchers want, and the people in it are mostly already on Wikidata. We'd like a push to Wikidata from the name authority so the links work both ways. Good product, good team.",
    "positive", [(WIKI, "We'd like a push to Wikidata from the name authority")]))

COMMENTS.append(("Marlow & Finch Corporate Art Collection",
    "We lend pieces from the corporate collection to our own offices in eleven countries as well as to museums. Each move needs a fine art shipper, a customs note and a sign-off from the art committee, and the committee meets monthly. Is there a way to track courier bookings and approvals on the loan itself? Right now it is an Excel tracker that lives on my desktop.",
    "neutral", [(LOANS, "Is there a way to track courier bookings and approvals on the loan itself?")]))

COMMENTS.append(("Gwynfa Slate Museum",
    "As a museum in Wales we have to publish bilingually under the Welsh Language Standards. At the moment we use a second description field we added ourselves, and the online collection doesn't know it exists, so the public only ever sees the English. Proper language versions of title and description, with a toggle on the public site, please. It would make our compliance report a lot shorter.",
    "neutral", [(MULTI, "Proper language versions of title and description, with a toggle on the public site")]))

COMMENTS.append(("Penhallow Arts Council Collection",
    "The arts council's funding was cut and the collection was transferred to the county's museum service, which uses its own system. Nothing to do with Mnemo, which we liked and would recommend. The export went smoothly.",
    "negative", []))

COMMENTS.append(("Brightwater University Archives",
    "We chose Objectory in the end. The deciding point for our IT board was SAML single sign-on out of the box, which is on the university's mandatory list for any new system. Your sales team were great and honest about the roadmap.",
    "negative", [(SSO, "SAML single sign-on out of the box")]))

COMMENTS.append(("Pellham Natural History Museum",
    "Our entomology team do condition and pest checks drawer by drawer, and there are more than 40,000 drawers. The store is a concrete basement where nothing gets a signal. They want to walk the store with an iPad and work without wifi, then sync at the end of the day. At the moment it's pencil on printed drawer lists.",
    "neutral", [(MOBILE, "walk the store with an iPad and work without wifi")]))

COMMENTS.append(("Stenning Archive and Library",
    "How do I export a list of everything in a location including its sub-locations? The location report only seems to give me the top level, and I need the full contents of Strongroom 2 for the fire officer.",
    "neutral", []))

COMMENTS.append(("Museum of the Severn Valley",
    "We went with Curatory. We borrow most of our temporary exhibitions rather than lending, and their incoming loans workflow - facility reports, courier dates, agreement sign-off - was simply ahead of what you showed us. It was close on everything else.",
    "negative", [(LOANS, "their incoming loans workflow - facility reports, courier dates, agreement sign-off - was simply ahead")]))

COMMENTS.append(("Tollcross Gallery of Modern Art",
    "Our spring show had 140 objects from our own collection and we ran the whole thing in the exhibitions module: object list, gallery plan, label texts, condition on install and deinstall. The technicians printed the checklists straight from it. It is the first exhibition I have worked on where the database and the gallery actually matched at the end. Credit where it's due.",
    "positive", []))

COMMENTS.append(("Kirkhope Textile Museum",
    "Small ask: could the location labels print with a barcode so we can scan them when we do the annual check? We'd buy the scanner.",
    "positive", [(BARCODE, "could the location labels print with a barcode so we can scan them")]))

COMMENTS.append(("Calderbrook City Museums Service",
    "This is a second comment, from the service's IT lead rather than the collections team. We have 95 named users, and leavers are our biggest audit finding: three accounts belonging to people who left in 2024 were still active at the internal audit in the spring. If we could tie logins to Entra ID that finding goes away, because disabling someone's council account would remove their access everywhere. The collections team are happy with the product, for what it's worth.",
    "neutral", [(SSO, "If we could tie logins to Entra ID")]))

COMMENTS.append(("Little Dunmore Heritage Centre",
    "Price is fair for what we get. Ticket answered same day.",
    "positive", []))

COMMENTS.append(("Ostwall Kunsthalle",
    "Wir liefern unsere Bilddaten an die Deutsche Digitale Bibliothek und an ein Forschungsportal der Universität. Eine IIIF-Schnittstelle wäre für uns sehr wichtig, sonst müssen wir jedes Bild an drei Stellen pflegen. Die Katalogisierung selbst funktioniert gut.",
    "neutral", [(IIIF, "Eine IIIF-Schnittstelle wäre für uns sehr wichtig")]))

# ---- batch 3 ----
COMMENTS.append(("Harwick Maritime Museum",
    "We are applying for Government Indemnity for a big incoming loan of marine paintings next year. The application wants our environmental data for the gallery, the security arrangements and the object schedule, which we currently compile from three places. Could Mnemo produce the facilities and indemnity paperwork from what's already in the loan and location records? And if the gallery's RH and temperature readings lived in Mnemo, that would be most of it done. Happy customer otherwise.",
    "positive", [(GIS, "Could Mnemo produce the facilities and indemnity paperwork from what's already in the loan and location records?"), (ENV, "if the gallery's RH and temperature readings lived in Mnemo")]))

COMMENTS.append(("Saltmarsh Folk Life Museum",
    "Our plan for next year is to rehouse the agricultural tools into the new shed and renumber the locations. We'll do it in Mnemo the same way we did the last move, with a movement batch per bay. Should be fine.",
    "neutral", []))

COMMENTS.append(("Royal Ashbourne University Collections",
    "Our digital humanities centre builds teaching resources in Mirador using images from other university museums around the world. Our own objects can't be used in those resources, because we can't serve them over IIIF from Mnemo, which is a little embarrassing when the objects are in the next building. The students end up screenshotting our online collection.",
    "neutral", [(IIIF, "we can't serve them over IIIF from Mnemo")]))

COMMENTS.append(("Fenwick Railway Heritage Trust",
    "Locomotive hire and image licensing income both go through Xero, and the licence fees are also recorded against the image in Mnemo. Any chance of a Xero link so I'm not typing every invoice twice? Otherwise all good.",
    "neutral", [(XERO, "Any chance of a Xero link")]))

COMMENTS.append(("Carrow Lane Photographic Archive",
    "We hold about 60,000 negatives from three commercial studios. Copyright in many of them expires on a rolling basis, seventy years after the photographer died, so every January a new batch becomes public domain. We need to change the rights status on thousands at once when a photographer's copyright expires, and at the moment that is a week of clicking for our one cataloguer.",
    "neutral", [(RIGHTS, "We need to change the rights status on thousands at once")]))

COMMENTS.append(("St Aldric's Cathedral Library",
    "We are a cathedral library with two part-time staff and a rota of volunteers. The annual shelf check takes us a fortnight because we tick against a printout of the location report and then correct the records afterwards. Handheld scanner support, even a cheap USB one, would cut that down to a couple of days.",
    "neutral", [(BARCODE, "Handheld scanner support, even a cheap USB one")]))

COMMENTS.append(("Vinterhus Design Museum",
    "We left for Objectory last spring. Mostly price: your increase landed in the same year our main grant ended. Also, they do single sign-on with our Google Workspace, which you never did, and our IT person was firm about it.",
    "negative", [(SSO, "they do single sign-on with our Google Workspace, which you never did")]))

COMMENTS.append(("Merriden House",
    "Last winter a pipe burst in the attic store during a cold snap. Within the hour we used the location history in Mnemo to tell the insurer exactly which 212 objects had been in that room, with their last valuations and condition photos. The loss adjuster said it was the quickest claim he had seen from a historic house. I'd recommend Mnemo to any house on that story alone.",
    "positive", []))

COMMENTS.append(("Glasswell Contemporary",
    "We lend our artists' works to biennials and festivals a lot, so we're usually the lender, and every borrower sends their own agreement with their own clauses. We'd love to log each version and the clauses we negotiated against the loan, so next time we lend to the same venue we know what we agreed. Right now it's in my inbox.",
    "positive", [(LOANS, "We'd love to log each version and the clauses we negotiated against the loan")]))

COMMENTS.append(("Gwynfa Slate Museum",
    "location audit next month, I'll be using the printout and a pencil again. barcodes please!!",
    "neutral", [(BARCODE, "barcodes please!!")]))

COMMENTS.append(("Hollins College Art Collection",
    "Setup was slow. The migration from our old Access database took five months instead of the two we were promised, and I ended up cleaning most of the data myself in the evenings. It works now, but I wouldn't want a colleague to go through that onboarding.",
    "negative", []))

COMMENTS.append(("Fondation Marceau-Leveque",
    "Our photography is licensed through an image agency, and the credit line and licence terms are set by the agency contract. When the contract changed in January we had to update the credit on roughly 4,000 images, one by one. A bulk edit on rights and credit lines would have saved us two weeks of a photographer's time.",
    "neutral", [(RIGHTS, "A bulk edit on rights and credit lines")]))

COMMENTS.append(("Thornbury Museum of Childhood",
    "Our volunteers picked it up in an afternoon. 9 from me.",
    "positive", []))

COMMENTS.append(("Pellham Natural History Museum",
    "Integrated pest management is our biggest collections risk, and we have sticky traps in every store checked monthly. The counts go into one spreadsheet and the loggers into another. A trap-count and RH history on each store would let us see whether the webbing clothes moth spikes follow the humidity, which is what our conservator suspects.",
    "neutral", [(ENV, "A trap-count and RH history on each store")]))

COMMENTS.append(("Kingsreach Contemporary Art Foundation",
    "We went with Curatory. Our online collection brief, agreed with our funder, required IIIF Presentation 3 manifests for every image and your demo couldn't show that. The cataloguing side was stronger in Mnemo, to be honest.",
    "negative", [(IIIF, "required IIIF Presentation 3 manifests for every image")]))

COMMENTS.append(("Bardon Mining Museum",
    "Our underground gallery has no phone signal and there are about 4,000 objects in the old engine house store. What we'd want is to scan a tag on each object and shelf with a phone, offline, and upload later when we're back up top. At the moment audits are a two-person job with a clipboard.",
    "neutral", [(BARCODE, "scan a tag on each object and shelf"), (MOBILE, "with a phone, offline, and upload later")]))

COMMENTS.append(("Calderbrook City Museums Service",
    "We're a council service and the 12% uplift this year was not in our budget, which was set eighteen months ago. The product is good; the commercial approach less so. I'd like to see multi-year pricing offered to public bodies.",
    "neutral", []))

COMMENTS.append(("Museo de la Ribera",
    "How can I attach the PDF condition report to the loan record? I can attach it to the object but I don't see where to put it on the loan.",
    "neutral", []))

COMMENTS.append(("Tollcross Gallery of Modern Art",
    "Incoming loans for our autumn show: 38 lenders and 11 couriers, two of them flying in from the US. We ran the courier schedule in a shared spreadsheet with the technicians and it nearly went wrong when one flight moved. A courier schedule on each loan, with flights, hotel and install supervision dates, is the gap. Everything else about the show went through Mnemo without trouble.",
    "neutral", [(LOANS, "A courier schedule on each loan, with flights, hotel and install supervision dates, is the gap")]))

COMMENTS.append(("Eastfield Botanical Archive",
    "We are working towards Accreditation and the assessor wanted evidence of how we follow the Spectrum primary procedures, not just that we have the fields. A checklist per procedure, ticked off on the record, would give us that evidence without a separate binder. The cataloguing itself has been a big step up from what we had.",
    "positive", [(SPECTRUM, "A checklist per procedure, ticked off on the record")]))

# ---- batch 4 ----
COMMENTS.append(("Ostwall Kunsthalle",
    "Bei Nachlässen ändern sich die Bildrechte oft für hunderte Werke gleichzeitig, zuletzt beim Nachlass eines Fotografen mit über 600 Aufnahmen. Wir brauchen eine Massenbearbeitung für Bildrechte und Copyright-Vermerke. Im Moment bearbeiten wir jeden Datensatz einzeln.",
    "neutral", [(RIGHTS, "Wir brauchen eine Massenbearbeitung für Bildrechte")]))

COMMENTS.append(("Northgate Museums Trust",
    "Our conservators do the condition checks for our touring exhibitions at each venue, often in a crate store or a loading bay with no wifi. They currently take a laptop and type into Word, then copy it into Mnemo when they get home. They've asked me whether you'll ever have an iPad app that can work offline and sync. I said I'd ask.",
    "neutral", [(MOBILE, "whether you'll ever have an iPad app that can work offline and sync")]))

COMMENTS.append(("Westray Island Museum",
    "Can't fault it for the money.",
    "positive", []))

COMMENTS.append(("Harwick Maritime Museum",
    "Love the new online collection theme, the ship plans look stunning zoomed in. IIIF next?",
    "positive", [(IIIF, "IIIF next?")]))

COMMENTS.append(("Fenwick Railway Heritage Trust",
    "Since the update, importing accession records from CSV strips the leading zeros from our numbers, so 2003.0045 becomes 2003.45. We only noticed after importing 600 records from the drawings catalogue and had to fix them by hand. Support confirmed it's a bug but there's no date for a fix. Not impressed.",
    "negative", []))

COMMENTS.append(("Ashcombe Costume Collection",
    "We lend costumes to the theatre school down the road and do the outgoing and return condition checks in their wardrobe room, which is in a basement. A mobile app would be handy, one that doesn't need a connection.",
    "neutral", [(MOBILE, "A mobile app would be handy, one that doesn't need a connection")]))

COMMENTS.append(("Redcastle Abbey Museum",
    "Migrating out was painless, I'll give you that: a full export of records and images in a day, and your team answered our questions even though we were leaving.",
    "negative", []))

COMMENTS.append(("Royal Ashbourne University Collections",
    "Please prioritise SAML. We onboard around forty students and volunteers each term and manage every one of their accounts by hand, and offboard them by hand too, which is where it goes wrong.",
    "neutral", [(SSO, "Please prioritise SAML")]))

COMMENTS.append(("Kirkhope Textile Museum",
    "Our conservator is freelance and comes in two days a month. She uses Mnemo on her own laptop and says the condition report form is the best she has used in any museum, which from her is high praise.",
    "positive", []))

COMMENTS.append(("Marlow & Finch Corporate Art Collection",
    "Art in offices is not like art in a museum: we have works on paper hanging in meeting rooms with glass walls and direct sun for part of the day. Our facilities teams in London and Singapore have light sensors in some rooms already. We'd need lux readings per office location to make a case to the art committee for rotating the works on paper.",
    "neutral", [(ENV, "We'd need lux readings per office location")]))

COMMENTS.append(("Lowther Street Gallery",
    "we're a tiny gallery with the art store in a lock-up across town. would be great to scan qr codes on the racks and see what's there without opening every crate.",
    "neutral", [(BARCODE, "would be great to scan qr codes on the racks")]))

COMMENTS.append(("Museo de la Ribera",
    "Para el proyecto de investigación con la universidad necesitamos compartir imágenes en alta resolución con IIIF. Ahora enviamos los ficheros por WeTransfer.",
    "neutral", [(IIIF, "necesitamos compartir imágenes en alta resolución con IIIF")]))

COMMENTS.append(("Calderbrook City Museums Service",
    "The five stores across the city each have a different monitoring setup, mostly Hanwell radio loggers, one Meaco system and the new store on the BMS. Conservation pull it all together quarterly for the collections care report to committee. Any plans to bring sensor readings in against locations? Even a CSV import per store would be a start.",
    "neutral", [(ENV, "Any plans to bring sensor readings in against locations?")]))

COMMENTS.append(("Quayside Print Workshop Archive",
    "Sorting out the rights for the poster archive is killing me. 1,200 posters, all by one designer whose estate has just agreed an open licence, and I had to open each record and change three fields. It took me a month of Fridays.",
    "negative", [(RIGHTS, "I had to open each record and change three fields")]))

COMMENTS.append(("Stenning Archive and Library",
    "We catalogue the paper archive to ISAD(G) in a separate archives system and the objects in Mnemo, and the same people turn up in both. Linking names to Wikidata would help both systems point at the same person. Not urgent.",
    "neutral", [(WIKI, "Linking names to Wikidata would help both systems point at the same person")]))

COMMENTS.append(("Hollins College Art Collection",
    "Each year the final-year students curate a show and borrow from local collectors, and the loan paperwork is a mess of emails and scanned forms. A simple approval step - curator, registrar, director - on outgoing and incoming loans is all we need, with the signed agreement attached at the end.",
    "neutral", [(LOANS, "A simple approval step - curator, registrar, director - on outgoing and incoming loans")]))

COMMENTS.append(("Glasswell Contemporary",
    "We run a lean team: one registrar (me) and a part-time technician. Mnemo is the one system I don't worry about. The exhibitions module carried our whole retrospective last year, from the checklist to the wall labels to the condition reports on deinstall, and the artist's studio asked what we use.",
    "positive", []))

COMMENTS.append(("Brightwater University Archives",
    "For the record, our archivists preferred Mnemo's cataloguing screens and the way accessions were handled. It was the IT board that decided, not us.",
    "negative", []))

COMMENTS.append(("Eastfield Botanical Archive",
    "Could our herbarium and botanical illustration images be delivered via IIIF Image API, so the zoom works in the other portals we contribute to? At the moment they each take a copy.",
    "neutral", [(IIIF, "delivered via IIIF Image API")]))

COMMENTS.append(("Saltmarsh Folk Life Museum",
    "Honestly it's more system than we need, but the alternative is a spreadsheet.",
    "neutral", []))

# ---- batch 5 ----
COMMENTS.append(("Fondation Marceau-Leveque",
    "We lend around eighty works a year, many to museums in Japan and the United States, and each loan means couriers on the outbound and return legs, crate specifications and nail-to-nail insurance. Our registrars keep the courier missions in an old FileMaker database because Mnemo has nowhere to put them. Track the courier missions in Mnemo, who travels, on which leg, on which dates, and we could finally retire FileMaker. The rest of the loans module is good.",
    "neutral", [(LOANS, "Track the courier missions in Mnemo")]))

COMMENTS.append(("Northgate Museums Trust",
    "Our image licensing team sells around 2,000 images a year. When we moved to an open access policy last year and put CC0 on public-domain works, it took a temp three weeks to update the rights on 18,000 image records. Next time we'd want to do it with a filter and one button. And the open access images should really be going out as IIIF so aggregators can harvest them without us sending hard drives.",
    "neutral", [(RIGHTS, "we'd want to do it with a filter and one button"), (IIIF, "the open access images should really be going out as IIIF")]))

COMMENTS.append(("Tollcross Gallery of Modern Art",
    "Support has gone downhill since the acquisition. We used to get Jamie, who knew our setup and our quirks; now it's a queue, a chatbot and a different person every time who asks for the same screenshots. The software hasn't changed, the service has.",
    "negative", []))

COMMENTS.append(("Little Dunmore Heritage Centre",
    "heritage centre, two rooms and a shed. id love to walk round with my phone, scan each box and tick it off, even when the shed has no wifi",
    "positive", [(MOBILE, "walk round with my phone"), (BARCODE, "scan each box and tick it off")]))

COMMENTS.append(("Harwick Maritime Museum",
    "Good year. The new valuation history report was exactly what our insurers asked for at renewal. We don't need the app everyone seems to be asking for; our stores have wifi and the browser on the tablets works fine for condition checks.",
    "positive", []))

COMMENTS.append(("Gwynfa Slate Museum",
    "Again on Welsh. Even if we fill in our own Welsh descriptions, the public site's interface is English only, buttons, search, everything, and we were marked down for it in our Welsh Language Standards review this year. It's the one thing stopping me giving a higher score.",
    "negative", [(MULTI, "the public site's interface is English only")]))

COMMENTS.append(("Carrow Lane Photographic Archive",
    "We would publish our photographers' biographies to Wikidata and our out-of-copyright images to Europeana if there were an export that did it for us. We tried doing it by hand for one studio and it took a volunteer most of a year.",
    "neutral", [(WIKI, "our out-of-copyright images to Europeana if there were an export that did it for us")]))

COMMENTS.append(("Brackenfield Regimental Museum",
    "Our medals are stored in numbered trays in a safe, and every handling session means moves in and out. A barcode on each tray and a scan to move it would stop the mistakes we get with movement dates and typed locations. The system is otherwise fine for a museum our size.",
    "neutral", [(BARCODE, "A barcode on each tray and a scan to move it")]))

COMMENTS.append(("Royal Ashbourne University Collections",
    "We have eleven stores across the campus, all on the estates BMS, and the Accreditation return this year asked for environmental monitoring evidence per store. Our collections care officer spent a fortnight matching BMS zones to our store locations. It would be ideal to hold the readings with the store in Mnemo, since that's where the objects are.",
    "neutral", [(ENV, "It would be ideal to hold the readings with the store in Mnemo")]))

COMMENTS.append(("Merriden House",
    "Condition checks in the house are done room by room every winter during the closed season, and the wifi in the servants' wing is hopeless. An offline app for room checks, please.",
    "neutral", [(MOBILE, "An offline app for room checks, please")]))

COMMENTS.append(("Pellham Natural History Museum",
    "Our collections data manager wrote a Python script against your CSV export that reconciles our taxonomy with GBIF's backbone names and flags the changes. We run it every quarter and then update the records in Mnemo ourselves. It works well and means we don't need anything from you on that front.",
    "neutral", []))

COMMENTS.append(("Vinterhus Design Museum",
    "Adding to my earlier comment: bulk rights editing was missing, which for a design museum where the manufacturer often holds the rights was painful every time a company changed hands.",
    "negative", [(RIGHTS, "bulk rights editing was missing")]))

COMMENTS.append(("Eastfield Botanical Archive",
    "It's ok.",
    "neutral", []))

COMMENTS.append(("Thornbury Museum of Childhood",
    "We lend handling boxes to schools about thirty times a year and the loan agreement is identical every time. At the moment I print it, the teacher signs it, I scan it back in, and I keep the return dates on a wall planner. Could loans have a return reminder and e-signature for the agreement?",
    "neutral", [(LOANS, "Could loans have a return reminder and e-signature for the agreement?")]))

COMMENTS.append(("Fondation Marceau-Leveque",
    "Renewal is in June. I have been told clearly by our DSI that without SAML we will have to go to tender, and a tender takes a year of my team's time whatever the outcome. I would much rather not.",
    "negative", [(SSO, "without SAML we will have to go to tender")]))

COMMENTS.append(("Ashcombe Costume Collection",
    "The credit line for our photographer changed when she set up her own studio, and it's on 900 images. Find and replace on the credit field would do, I don't need anything clever.",
    "neutral", [(RIGHTS, "Find and replace on the credit field would do")]))

COMMENTS.append(("Stenning Archive and Library",
    "The accessions register view is the best part of the system for us. When the auditors came in the spring they asked to see the trail for two deaccessions from 2019 and we had the committee minutes, the disposal method and the transfer letter attached to the records in under five minutes. They were impressed, and so was I.",
    "positive", []))

COMMENTS.append(("Westray Island Museum",
    "We've finally got a small grant for a proper location audit next summer. barcode labels and a scanner that talks to Mnemo would be the dream, if that's on your list at all.",
    "positive", [(BARCODE, "barcode labels and a scanner that talks to Mnemo")]))

COMMENTS.append(("Museum of the Severn Valley",
    "Your price was lower, to be fair, and your references spoke well of you. We'll look at the market again when our contract with Curatory is up in five years.",
    "neutral", []))

COMMENTS.append(("Tollcross Gallery of Modern Art",
    "We're applying for Government Indemnity again for the autumn show, with over thirty lenders. Building the schedule for the application took our registrar a week of copying from loan records into the form. An export of the lender list, values and object details in the GIS schedule format would save that week every time.",
    "neutral", [(GIS, "An export of the lender list, values and object details in the GIS schedule format")]))

# ---- batch 6 ----
COMMENTS.append(("Northgate Museums Trust",
    "The board paper for our renewal this autumn lists three conditions. Single sign-on through our Azure tenant, a proper loans approval workflow so that the director's sign-off is recorded rather than emailed, and the uptime commitments in writing. The third one is easy. I'd like to know where you are on the first two before the paper goes in.",
    "neutral", [(SSO, "Single sign-on through our Azure tenant"), (LOANS, "a proper loans approval workflow")]))

COMMENTS.append(("Royal Ashbourne University Collections",
    "Our museum studies students use Mnemo on their placements with us and they love it; several have gone on to jobs where they asked for it by name. They'd get far more out of it with university logins instead of another password, and if there were a mobile app they could do condition checks on their phones in the stores.",
    "positive", [(SSO, "with university logins instead of another password"), (MOBILE, "if there were a mobile app")]))

COMMENTS.append(("Kirkhope Textile Museum",
    "Textiles are very light-sensitive, so we log lux in each display case and rotate the pieces on a cumulative dose. The logger readings go into a notebook and a spreadsheet. Being able to see the light dose on the display case location would help us decide when to rotate without the spreadsheet.",
    "neutral", [(ENV, "see the light dose on the display case location")]))

COMMENTS.append(("Hollins College Art Collection",
    "For Accreditation we need to show how we follow Spectrum, and our assessor was clear that fields are not the same as procedures. Do you have or plan Spectrum 5.1 procedure templates? I'd rather not build my own in Word.",
    "neutral", [(SPECTRUM, "Do you have or plan Spectrum 5.1 procedure templates?")]))

COMMENTS.append(("Merriden House",
    "One of our volunteers, a retired librarian, has catalogued 3,000 objects from the house inventory of 1911 in Mnemo over two years, one afternoon a week. She started with no database experience at all. She says the object entry screen is the first one that ever made sense to her. We're very grateful to have it.",
    "positive", []))

COMMENTS.append(("Ostwall Kunsthalle",
    "We borrow many works from private lenders in Switzerland and Austria for our exhibitions, and most of them insist on their own courier. Courier schedules and agreement status on the loan would be good. It is our main gap at the moment.",
    "neutral", [(LOANS, "Courier schedules and agreement status on the loan would be good")]))

COMMENTS.append(("Gwynfa Slate Museum",
    "Shop sales and image licence fees go through Xero, and our finance volunteer reconciles them against Mnemo by hand every month. A connector would be nice.",
    "neutral", [(XERO, "A connector would be nice")]))

COMMENTS.append(("Fondation Marceau-Leveque",
    "Our catalogue must exist in French and in English, because of our foundation's statutes, and today we keep two parallel records for the 1,200 works we publish online. It doubles the editing and the two versions drift apart. Bilingual fields and IIIF delivery for the online collection are our two priorities for next year.",
    "neutral", [(MULTI, "Bilingual fields"), (IIIF, "IIIF delivery for the online collection")]))

COMMENTS.append(("Fenwick Railway Heritage Trust",
    "We're about to start a big project to photograph the drawings archive, roughly 14,000 engineering drawings, with a volunteer team and a copy stand. We'll be putting the images into Mnemo as we go, batch by batch. Wish us luck.",
    "neutral", []))

COMMENTS.append(("Bardon Mining Museum",
    "The mine galleries are humid all year round and we lose iron objects to corrosion if we're not careful. We have a Meaco logger network that the trustees paid for in 2022. Would be great to have those readings on the location pages so the volunteers see them when they check the objects.",
    "neutral", [(ENV, "have those readings on the location pages")]))

COMMENTS.append(("Lowther Street Gallery",
    "Much better since the October release. Search is finally fast and the images load.",
    "positive", []))

COMMENTS.append(("Pellham Natural History Museum",
    "Most of our image rights are held by the museum, but the photographers we bring in on contract keep copyright in their shots. Needed: apply a rights holder and licence to a whole photo shoot at once. We are also borrowing a cast of a dinosaur skeleton from abroad next year under Government Indemnity and would love Mnemo to produce the GIS condition and valuation schedule for it.",
    "neutral", [(RIGHTS, "apply a rights holder and licence to a whole photo shoot at once"), (GIS, "would love Mnemo to produce the GIS condition and valuation schedule")]))

COMMENTS.append(("Carrow Lane Photographic Archive",
    "The negatives are in 600 archive boxes in a cold store, and the wifi doesn't reach past the door. Checking boxes off on a phone offline, by scanning the box label, would save us hours on every audit. Right now one of us shouts box numbers through the door.",
    "neutral", [(MOBILE, "Checking boxes off on a phone offline"), (BARCODE, "by scanning the box label")]))

COMMENTS.append(("Kingsreach Contemporary Art Foundation",
    "Lovely team, just not the right fit for us this time.",
    "neutral", []))

COMMENTS.append(("Harwick Maritime Museum",
    "Spectrum checklists please. Our Accreditation mentor keeps asking how we evidence the procedures and I keep pointing at a folder.",
    "neutral", [(SPECTRUM, "Spectrum checklists please")]))

COMMENTS.append(("Thornbury Museum of Childhood",
    "A donor's family has agreed to put 400 of her photographs of children's games under an open licence, which is wonderful. The rights on all 400 records need updating. Any way to do it in bulk?",
    "positive", [(RIGHTS, "Any way to do it in bulk?")]))

COMMENTS.append(("Tollcross Gallery of Modern Art",
    "I would give you a 10 if the online collection spoke IIIF. As it is, a solid 8.",
    "positive", [(IIIF, "if the online collection spoke IIIF")]))

COMMENTS.append(("Quayside Print Workshop Archive",
    "Our print archive is in a basement that flooded in 2019, and we now have a humidity sensor in each plan chest bay. A humidity feed next to each plan chest location would be helpful, because that is where we look first when something looks wrong.",
    "neutral", [(ENV, "A humidity feed next to each plan chest location")]))

COMMENTS.append(("Glasswell Contemporary",
    "Good product. Please add courier schedules to outgoing loans.",
    "positive", [(LOANS, "Please add courier schedules to outgoing loans")]))

COMMENTS.append(("Stenning Archive and Library",
    "Renewal signed. It does the job, and our volunteers know it, which counts for a lot when the alternative is retraining twenty people.",
    "neutral", []))
