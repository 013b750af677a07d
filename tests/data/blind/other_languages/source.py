# Hand-written held-out comments (other languages) for the invented product "Horaro".
# Each entry: (account, text, label, requests); requests = [(item, evidence), ...].
# Written by hand, one at a time. Nothing here is generated.

SWAP = "Shift swap between employees"
AUTO = "Automatic schedule generation"
LAW = "Labour-law compliance alerts"
APP = "Employee mobile app"
SSO = "Single sign-on (SSO)"
PERS = "Personio integration"
API = "Public API"
EU = "EU data hosting"
ITA = "Italian interface"
A3 = "a3nom payroll export"
GPS = "GPS clock-in"

ACCOUNTS = [
    # name, arr, status
    ("Boulangeries Maison Verdier", 48000, "active"),
    ("Groupe Hôtelier Les Tilleuls", 156000, "active"),
    ("Clinique Saint-Rémi", 92000, "active"),
    ("Logistique Brunet & Fils", 27500, "active"),
    ("Épiceries Lacroix", 63000, "active"),
    ("Résidences Bel-Âge", 210000, "active"),
    ("Cinémas Lumen", 18000, "active"),
    ("Restaurants Chez Ginette", 9600, "churned"),
    ("Salles Altitude Fitness SA", 34000, "lost"),
    ("Transports Gagnon", 31000, "active"),
    ("Bäckerei Sonnleitner GmbH", 22000, "active"),
    ("Kaufhaus Brenner AG", 385000, "active"),
    ("Pflegedienst Lindenhof", 41000, "active"),
    ("Spedition Wallner", 74000, "active"),
    ("Hotelgruppe Alpenrose", 128000, "active"),
    ("MVZ Dr. Kessler", 12500, "active"),
    ("KraftWerk Fitness AG", 56000, "active"),
    ("Gastro Holzmann GmbH", 15000, "churned"),
    ("Stadtwerke Eichenau Bäder", 88000, "lost"),
    ("Ostsee Frischemärkte GmbH", 58000, "active"),
    ("Supermercados El Olivar", 240000, "active"),
    ("Grupo Restaurantero Tlaquepaque", 97000, "active"),
    ("Clínica Dental Sonrisa Plus", 8400, "active"),
    ("Farmacias del Plata", 66000, "active"),
    ("Hoteles Costa Brava Mar", 145000, "active"),
    ("Logística Andina", 38000, "active"),
    ("Cafeterías La Molienda", 11000, "churned"),
    ("Seguridad Integral Quetzal", 19500, "active"),
    ("Ristorazione Bellini S.r.l.", 44000, "active"),
    ("Farmacie Comunali del Lago", 29000, "active"),
    ("Hotel Dolomiti Group", 5200, "active"),
    ("Padarias Estrela", 17000, "active"),
    ("Rede Saúde Vida", 72000, "active"),
    ("Bakkerij Van Dijk", 13000, "active"),
    ("Zorggroep De Linde", 102000, "active"),
]

COMMENTS = []

# ---------------- French (France, Belgium, Switzerland, Québec) ----------------
COMMENTS.append(("Boulangeries Maison Verdier",
    "Très bon outil, nos responsables de boutique font le planning en 10 minutes au lieu d'une heure. Le seul truc qui manque vraiment : que les vendeuses puissent s'échanger un créneau entre elles sans passer par moi.",
    "positive", [(SWAP, "que les vendeuses puissent s'échanger un créneau entre elles sans passer par moi")]))
COMMENTS.append(("Boulangeries Maison Verdier",
    "L'export Silae fonctionne nickel depuis la dernière mise à jour, merci à l'équipe.",
    "positive", []))
COMMENTS.append(("Boulangeries Maison Verdier",
    "Franchement les prix ont pris 15% cette année sans prévenir, c'est pas très sympa pour une petite boîte comme la nôtre.",
    "negative", []))
COMMENTS.append(("Groupe Hôtelier Les Tilleuls",
    "Ce serait génial si Horaro pouvait proposer un planning automatique à partir du taux d'occupation de l'hôtel. Aujourd'hui on recopie les prévisions à la main.",
    "neutral", [(AUTO, "proposer un planning automatique à partir du taux d'occupation de l'hôtel")]))
COMMENTS.append(("Groupe Hôtelier Les Tilleuls",
    "Outil solide, équipe support très réactive. Par contre on a 6 hôtels et la DSI insiste pour une connexion via Azure AD (SSO), sinon pas de déploiement sur les 4 autres établissements.",
    "positive", [(SSO, "la DSI insiste pour une connexion via Azure AD (SSO)")]))
COMMENTS.append(("Groupe Hôtelier Les Tilleuls",
    "Les alertes quand un salarié dépasse les 48h hebdo ou n'a pas ses 11h de repos, c'est prévu ? Avec la convention HCR on se fait avoir régulièrement.",
    "neutral", [(LAW, "Les alertes quand un salarié dépasse les 48h hebdo ou n'a pas ses 11h de repos, c'est prévu ?")]))
COMMENTS.append(("Clinique Saint-Rémi",
    "Nos IDE et aides-soignantes réclament une appli pour voir leur planning sur le téléphone, le lien par mail ça passe moyen. Sinon rien à redire.",
    "positive", [(APP, "une appli pour voir leur planning sur le téléphone")]))
COMMENTS.append(("Clinique Saint-Rémi",
    "Depuis mardi la badgeuse du service de nuit se déconnecte toutes les deux heures, on a ouvert un ticket mais pas de nouvelle.",
    "negative", []))
COMMENTS.append(("Clinique Saint-Rémi",
    "Il nous faudrait absolument le contrôle des règles de repos entre deux gardes, c'est un point que l'ARS regarde de près. Et idéalement un échange de gardes validé par la cadre.",
    "neutral", [(LAW, "le contrôle des règles de repos entre deux gardes"), (SWAP, "un échange de gardes validé par la cadre")]))
COMMENTS.append(("Logistique Brunet & Fils",
    "Ça fait le job. Rien d'extraordinaire. Une synchro avec Personio serait un vrai plus, nos RH ressaisissent tout.",
    "neutral", [(PERS, "Une synchro avec Personio serait un vrai plus")]))
COMMENTS.append(("Logistique Brunet & Fils",
    "Bon outil dans l'ensemble. Nos chauffeurs pointent depuis les quais, ca serait bien de pouvoir pointer avec le GPS du téléphone quand ils démarrent une tournée chez un client.",
    "positive", [(GPS, "pouvoir pointer avec le GPS du téléphone quand ils démarrent une tournée")]))
COMMENTS.append(("Épiceries Lacroix",
    "Super bon produit, mes gérants l'adorent. Si vous pouviez juste générer les horaires automatiquement selon l'achalandage prévu, ce serait le top.",
    "positive", [(AUTO, "générer les horaires automatiquement selon l'achalandage prévu")]))
COMMENTS.append(("Épiceries Lacroix",
    "Les employés veulent échanger leurs quarts entre eux direct dans Horaro au lieu de texter le gérant à 6h du matin lol",
    "neutral", [(SWAP, "échanger leurs quarts entre eux direct dans Horaro")]))
COMMENTS.append(("Épiceries Lacroix",
    "Comment on fait pour copier l'horaire d'une semaine à l'autre? J'ai cherché dans l'aide sans trouver.",
    "neutral", []))
COMMENTS.append(("Résidences Bel-Âge",
    "Excellent service depuis le début, Marie-Ève notre CSM est incroyable. Nos préposées aux bénéficiaires aimeraient avoir une vraie application cellulaire avec les notifications de quarts disponibles.",
    "positive", [(APP, "une vraie application cellulaire avec les notifications de quarts disponibles")]))
COMMENTS.append(("Résidences Bel-Âge",
    "Notre TI exige l'authentification unique avec Microsoft pour tout nouveau logiciel. Est-ce dans vos plans?",
    "neutral", [(SSO, "l'authentification unique avec Microsoft")]))
COMMENTS.append(("Résidences Bel-Âge",
    "Le module d'absences fonctionne bien, les demandes de congé sont beaucoup plus simples qu'avec nos vieux formulaires papier.",
    "positive", []))
COMMENTS.append(("Résidences Bel-Âge",
    "Le rapport des heures supplémentaires est faux depuis la mise à jour du 3 mars, ça compte les pauses repas. C'est grave pour nous, on paie du temps supplémentaire en trop.",
    "negative", []))
COMMENTS.append(("Cinémas Lumen",
    "Bon outil. Les plannings des ouvreurs et caissiers sont enfin clairs. Petit bémol : il manque une API pour récupérer les heures dans notre outil de BI.",
    "positive", [(API, "il manque une API pour récupérer les heures dans notre outil de BI")]))
COMMENTS.append(("Cinémas Lumen",
    "Nous ouvrons deux nouvelles salles à Namur en septembre ; si d'ici là l'outil sait proposer un planning automatique selon les séances programmées, on passera tout le réseau dessus.",
    "neutral", [(AUTO, "proposer un planning automatique selon les séances programmées")]))
COMMENTS.append(("Restaurants Chez Ginette",
    "On a arrêté Horaro. Trop cher pour 3 restaurants et nos employés voulaient une app, TempoShift en a une et c'est moitié prix.",
    "negative", [(APP, "nos employés voulaient une app")]))
COMMENTS.append(("Restaurants Chez Ginette",
    "Le support était gentil mais ça prenait 3 jours pour avoir une réponse. On est partis.",
    "negative", []))
COMMENTS.append(("Salles Altitude Fitness SA",
    "Nous avons choisi Planeo : ils gèrent les échanges de cours entre coachs et le planning automatique selon les réservations. Votre démo était bien mais trop limitée sur ces points.",
    "negative", [(SWAP, "ils gèrent les échanges de cours entre coachs"), (AUTO, "le planning automatique selon les réservations")]))
COMMENTS.append(("Salles Altitude Fitness SA",
    "Hébergement des données au Canada = non pour notre juriste. Il nous fallait un hébergement en Suisse ou dans l'UE.",
    "negative", [(EU, "Il nous fallait un hébergement en Suisse ou dans l'UE")]))
COMMENTS.append(("Transports Gagnon",
    "Très satisfait. Les répartiteurs voient tout d'un coup d'œil. Great job, guys.",
    "positive", []))
COMMENTS.append(("Transports Gagnon",
    "Ce qui manque: des alertes quand un camionneur approche ses heures de conduite max selon les normes. Sinon c'est parfait.",
    "positive", [(LAW, "des alertes quand un camionneur approche ses heures de conduite max selon les normes")]))
COMMENTS.append(("Logistique Brunet & Fils",
    "La connexion est super lente le lundi matin quand tout le monde consulte son planning. Sinon ok.",
    "neutral", []))
COMMENTS.append(("Boulangeries Maison Verdier",
    "Franchement top. Une appli ? Pas besoin, le lien par SMS suffit largement pour nos équipes.",
    "positive", []))
COMMENTS.append(("Groupe Hôtelier Les Tilleuls",
    "Honnêtement déçus : on passe encore des heures à construire le planning à la main chaque semaine, on attendait plus d'automatisation pour ce prix-là.",
    "negative", [(AUTO, "on attendait plus d'automatisation")]))
COMMENTS.append(("Clinique Saint-Rémi",
    "Nous avons besoin d'un connecteur Personio, nos RH y gèrent les contrats et tout est ressaisi à la main dans Horaro.",
    "neutral", [(PERS, "Nous avons besoin d'un connecteur Personio")]))

# ---------------- German (Germany, Austria, Switzerland) ----------------
COMMENTS.append(("Bäckerei Sonnleitner GmbH",
    "Passt soweit. Die Filialleiterinnen kommen gut zurecht, aber ohne Single Sign-on müssen sich alle noch ein extra Passwort merken.",
    "neutral", [(SSO, "ohne Single Sign-on müssen sich alle noch ein extra Passwort merken")]))
COMMENTS.append(("Bäckerei Sonnleitner GmbH",
    "Wär super, wenn die Mitarbeiter ihre Dienste untereinander tauschen könnten, derzeit läuft des alles über WhatsApp-Gruppen. Sonst sind wir sehr zufrieden.",
    "positive", [(SWAP, "wenn die Mitarbeiter ihre Dienste untereinander tauschen könnten")]))
COMMENTS.append(("Kaufhaus Brenner AG",
    "Wir sind mit Horaro insgesamt sehr zufrieden, die Einführung in 40 Filialen lief reibungslos. Was uns fehlt, ist eine automatische Dienstplanerstellung auf Basis der Kassenfrequenz.",
    "positive", [(AUTO, "eine automatische Dienstplanerstellung auf Basis der Kassenfrequenz")]))
COMMENTS.append(("Kaufhaus Brenner AG",
    "SSO über Entra ID ist für uns Pflicht, die IT-Security hat das im letzten Audit bemängelt. Bitte priorisieren!",
    "neutral", [(SSO, "SSO über Entra ID ist für uns Pflicht")]))
COMMENTS.append(("Kaufhaus Brenner AG",
    "Die Personio-Schnittstelle fehlt uns schmerzlich. Stammdaten doppelt pflegen ist heutzutage einfach nicht mehr zeitgemäß.",
    "negative", [(PERS, "Die Personio-Schnittstelle fehlt uns schmerzlich")]))
COMMENTS.append(("Kaufhaus Brenner AG",
    "Der DATEV-Export läuft einwandfrei, unsere Lohnbuchhaltung ist happy.",
    "positive", []))
COMMENTS.append(("Kaufhaus Brenner AG",
    "Eine Warnung bei Verstößen gegen die Ruhezeiten nach ArbZG wäre für unseren Betriebsrat ein echtes Argument. Ist das auf der Roadmap?",
    "neutral", [(LAW, "Eine Warnung bei Verstößen gegen die Ruhezeiten nach ArbZG")]))
COMMENTS.append(("Pflegedienst Lindenhof",
    "Für die Pflege ist Horaro ehrlich gesagt eine Erleichterung. Eine App für die Pflegekräfte wäre noch das i-Tüpfelchen, viele haben keinen PC zu Hause.",
    "positive", [(APP, "Eine App für die Pflegekräfte wäre noch das i-Tüpfelchen")]))
COMMENTS.append(("Pflegedienst Lindenhof",
    "Seit dem letzten Update werden Urlaubsanträge doppelt angezeigt. Bitte beheben, das sorgt für viel Verwirrung im Team.",
    "negative", []))
COMMENTS.append(("Pflegedienst Lindenhof",
    "Wir brauchen dringend Schichttausch mit Freigabe durch die PDL, sonst bleibt das Telefon am Wochenende nicht still.",
    "neutral", [(SWAP, "Wir brauchen dringend Schichttausch mit Freigabe durch die PDL")]))
COMMENTS.append(("Spedition Wallner",
    "Gutes Tool für die Disposition. Our drivers would love a proper app to check their shifts on the road though.",
    "positive", [(APP, "Our drivers would love a proper app to check their shifts on the road")]))
COMMENTS.append(("Spedition Wallner",
    "Schnittstelle zu Personio? Dann könnten wir die Excel-Listen endlich abschaffen.",
    "neutral", [(PERS, "Schnittstelle zu Personio?")]))
COMMENTS.append(("Spedition Wallner",
    "Der Support hat unser Problem mit den Nachtzuschlägen innerhalb von einer Stunde gelöst. Top! Best support we've had in years.",
    "positive", []))
COMMENTS.append(("Hotelgruppe Alpenrose",
    "Saisonbetrieb heißt bei uns: jedes Jahr 200 neue Mitarbeiter. Ohne Personio-Anbindung ist das Anlegen in Horaro reine Handarbeit.",
    "neutral", [(PERS, "Ohne Personio-Anbindung ist das Anlegen in Horaro reine Handarbeit")]))
COMMENTS.append(("Hotelgruppe Alpenrose",
    "Unsere Datenschutzbeauftragte fragt, ob ihr die Daten künftig in der EU hosten könnt. Kanada ist für uns grenzwertig.",
    "neutral", [(EU, "ob ihr die Daten künftig in der EU hosten könnt")]))
COMMENTS.append(("Hotelgruppe Alpenrose",
    "Wir haben heuer drei Häuser in Tirol dazugekauft und wollen die ab der Wintersaison auch mit Horaro planen.",
    "neutral", []))
COMMENTS.append(("Hotelgruppe Alpenrose",
    "Ganz ehrlich: super Produkt, super Team. Weiter so! Wenn die Köche noch Schichten tauschen könnten, wär's perfekt.",
    "positive", [(SWAP, "Wenn die Köche noch Schichten tauschen könnten")]))
COMMENTS.append(("MVZ Dr. Kessler",
    "Für unsere 3 Praxen völlig ausreichend. Eine App brauchen wir nicht, die Helferinnen schauen eh am PC.",
    "neutral", []))
COMMENTS.append(("MVZ Dr. Kessler",
    "Wie kann ich einer Mitarbeiterin in Elternzeit den Zugang sperren, ohne ihre Daten zu löschen?",
    "neutral", []))
COMMENTS.append(("KraftWerk Fitness AG",
    "Mega Tool, unsere Trainer lieben es. Einzig: bitte eine richtige Mobile App, die Web-Ansicht auf dem Handy ist fummelig.",
    "positive", [(APP, "bitte eine richtige Mobile App")]))
COMMENTS.append(("KraftWerk Fitness AG",
    "Schön wär ein automatischer Dienstplanvorschlag, der die Kursbelegung der Studios berücksichtigt. Momentan schätzen die Studioleiter das Pi mal Daumen.",
    "neutral", [(AUTO, "ein automatischer Dienstplanvorschlag, der die Kursbelegung der Studios berücksichtigt")]))
COMMENTS.append(("KraftWerk Fitness AG",
    "Preis-Leistung stimmt. Nichts zu meckern, ausser dass wir gern Personio angebunden hätten.",
    "positive", [(PERS, "dass wir gern Personio angebunden hätten")]))
COMMENTS.append(("Gastro Holzmann GmbH",
    "Wir haben gekündigt. Schichtwerk hat eine Mitarbeiter-App und dort können die Aushilfen Schichten selbst tauschen – bei Horaro ging beides nicht.",
    "negative", [(APP, "Schichtwerk hat eine Mitarbeiter-App"), (SWAP, "dort können die Aushilfen Schichten selbst tauschen")]))
COMMENTS.append(("Gastro Holzmann GmbH",
    "Zu teuer für einen Gastrobetrieb mit 25 Leuten, sorry.",
    "negative", []))
COMMENTS.append(("Stadtwerke Eichenau Bäder",
    "Als kommunaler Betrieb brauchen wir Hosting in Deutschland bzw. der EU und SSO mit unserem AD. Beides konnten Sie nicht zusagen, daher ging der Zuschlag an Planeo.",
    "negative", [(EU, "Hosting in Deutschland bzw. der EU"), (SSO, "SSO mit unserem AD")]))
COMMENTS.append(("Stadtwerke Eichenau Bäder",
    "Ihr Vertrieb war sehr professionell, das Produkt hatte aber keine automatischen Prüfungen der Arbeitszeitregeln nach TVöD. Das war für uns ein K.-o.-Kriterium.",
    "negative", [(LAW, "keine automatischen Prüfungen der Arbeitszeitregeln nach TVöD")]))
COMMENTS.append(("Ostsee Frischemärkte GmbH",
    "Läuft stabil, die Filialen sind zufrieden. Nice to have wäre ein automatischer Planvorschlag anhand der Umsatzprognose.",
    "positive", [(AUTO, "ein automatischer Planvorschlag anhand der Umsatzprognose")]))
COMMENTS.append(("Ostsee Frischemärkte GmbH",
    "Die Stempeluhr-App auf dem Tablet stürzt ab, sobald mehr als 30 Leute gleichzeitig einstempeln. Das ist bei Schichtbeginn um 6 Uhr halt genau der Fall.",
    "negative", []))
COMMENTS.append(("Ostsee Frischemärkte GmbH",
    "Die Arbeitszeitgesetz-Prüfung fehlt leider komplett, wir kontrollieren Pausen und Ruhezeiten noch mit Excel. Honestly that's the one thing keeping us from rolling it out everywhere.",
    "neutral", [(LAW, "Die Arbeitszeitgesetz-Prüfung fehlt leider komplett")]))
COMMENTS.append(("Bäckerei Sonnleitner GmbH",
    "Danke fürs schnelle Onboarding, war in zwei Tagen erledigt!",
    "positive", []))

# ---------------- Spanish (Spain, Mexico, Chile, Argentina, Colombia) ----------------
COMMENTS.append(("Supermercados El Olivar",
    "Desde que usamos Horaro los cuadrantes de las 60 tiendas están en un solo sitio. Echamos en falta que genere los turnos automáticamente según las ventas previstas.",
    "positive", [(AUTO, "que genere los turnos automáticamente según las ventas previstas")]))
COMMENTS.append(("Supermercados El Olivar",
    "Necesitamos exportar las horas a a3nom, ahora lo hacemos a mano con un Excel intermedio y siempre hay errores.",
    "neutral", [(A3, "Necesitamos exportar las horas a a3nom")]))
COMMENTS.append(("Supermercados El Olivar",
    "Lo del inicio de sesión único con Google Workspace, ¿para cuándo? Nos lo prometieron en la renovación y seguimos esperando.",
    "negative", [(SSO, "Lo del inicio de sesión único con Google Workspace, ¿para cuándo?")]))
COMMENTS.append(("Supermercados El Olivar",
    "El fichaje en tablet funciona perfecto y el registro de jornada nos salvó en una inspección de trabajo.",
    "positive", []))
COMMENTS.append(("Grupo Restaurantero Tlaquepaque",
    "Muy buena herramienta, los gerentes ya no pierden el domingo armando el rol de turnos. Ojalá los meseros pudieran cambiar turnos entre ellos sin pedirle permiso al gerente por WhatsApp.",
    "positive", [(SWAP, "Ojalá los meseros pudieran cambiar turnos entre ellos")]))
COMMENTS.append(("Grupo Restaurantero Tlaquepaque",
    "Una app nativa para los empleados es lo único que nos falta. Great product otherwise!",
    "positive", [(APP, "Una app nativa para los empleados es lo único que nos falta")]))
COMMENTS.append(("Grupo Restaurantero Tlaquepaque",
    "No me llegan las notificaciones por correo cuando alguien pide vacaciones, ya revisé el spam. Es la tercera vez que lo reporto.",
    "negative", []))
COMMENTS.append(("Clínica Dental Sonrisa Plus",
    "Está bien, cumple. Nada especial. Con una app para que los doctores vean sus turnos sería otra cosa.",
    "neutral", [(APP, "Con una app para que los doctores vean sus turnos sería otra cosa")]))
COMMENTS.append(("Clínica Dental Sonrisa Plus",
    "¿Se puede sacar un reporte de horas por sucursal? No lo encuentro en ningún lado.",
    "neutral", []))
COMMENTS.append(("Farmacias del Plata",
    "Re útil para armar los turnos de las 24 sucursales. Lo que falta es que avise cuando alguien se pasa de las horas que permite el convenio, eso nos costó un juicio laboral el año pasado.",
    "positive", [(LAW, "que avise cuando alguien se pasa de las horas que permite el convenio")]))
COMMENTS.append(("Farmacias del Plata",
    "Los farmacéuticos piden poder intercambiar turnos entre ellos, hoy lo arreglan por WhatsApp y después nadie sabe quién estaba de guardia.",
    "neutral", [(SWAP, "piden poder intercambiar turnos entre ellos")]))
COMMENTS.append(("Farmacias del Plata",
    "El soporte en castellano tarda días en responder, y por chat solo atienden en inglés. Así es difícil.",
    "negative", []))
COMMENTS.append(("Hoteles Costa Brava Mar",
    "Para la temporada de verano contratamos 300 personas. Si Horaro se integrara con Personio nos ahorraríamos dar de alta a todo el mundo dos veces.",
    "neutral", [(PERS, "Si Horaro se integrara con Personio")]))
COMMENTS.append(("Hoteles Costa Brava Mar",
    "Encantados con el producto. Solo pediría alertas cuando no se respeten las 12 horas de descanso entre jornadas, que en hostelería es el pan de cada día.",
    "positive", [(LAW, "alertas cuando no se respeten las 12 horas de descanso entre jornadas")]))
COMMENTS.append(("Hoteles Costa Brava Mar",
    "Nuestro departamento de sistemas no va a aprobar más usuarios sin SSO con Azure. Es un tema serio para nosotros.",
    "neutral", [(SSO, "no va a aprobar más usuarios sin SSO con Azure")]))
COMMENTS.append(("Hoteles Costa Brava Mar",
    "Perfecto para nosotros. Solo falta poder entrar con la cuenta de Microsoft, sin otra contraseña más.",
    "positive", [(SSO, "poder entrar con la cuenta de Microsoft")]))
COMMENTS.append(("Logística Andina",
    "Los conductores y auxiliares están en ruta todo el día, necesitamos que puedan marcar entrada y salida con geolocalización desde el celular.",
    "neutral", [(GPS, "necesitamos que puedan marcar entrada y salida con geolocalización desde el celular")]))
COMMENTS.append(("Logística Andina",
    "Buen producto pero la curva de aprendizaje fue dura, la capacitación inicial se quedó corta.",
    "neutral", []))
COMMENTS.append(("Logística Andina",
    "¿Hay API? Queremos cruzar las horas trabajadas con nuestro TMS.",
    "neutral", [(API, "¿Hay API?")]))
COMMENTS.append(("Cafeterías La Molienda",
    "Nos fuimos a TurnoFácil porque tiene app para los empleados y generación automática de cuadrantes, y encima es más barato.",
    "negative", [(APP, "tiene app para los empleados"), (AUTO, "generación automática de cuadrantes")]))
COMMENTS.append(("Cafeterías La Molienda",
    "Cancelamos la suscripción, cerramos dos de las tres cafeterías.",
    "negative", []))
COMMENTS.append(("Seguridad Integral Quetzal",
    "Los guardias rotan entre 40 puntos, el rol de turnos automatico nos ayudaria muchisimo. Tambien que avise cuando un guardia encadena dos turnos de 12 horas.",
    "neutral", [(AUTO, "el rol de turnos automatico nos ayudaria muchisimo"), (LAW, "que avise cuando un guardia encadena dos turnos de 12 horas")]))
COMMENTS.append(("Seguridad Integral Quetzal",
    "Excelente, el equipo de implementación se portó de diez. 100% recomendado.",
    "positive", []))
COMMENTS.append(("Supermercados El Olivar",
    "Pedimos por favor que se pueda hacer la exportación a a3nom directamente, como ya tenéis con DATEV para Alemania.",
    "neutral", [(A3, "que se pueda hacer la exportación a a3nom directamente")]))
COMMENTS.append(("Grupo Restaurantero Tlaquepaque",
    "Con el tipo de cambio el precio en dólares se volvió carísimo este año.",
    "negative", []))

# ---------------- Italian ----------------
COMMENTS.append(("Ristorazione Bellini S.r.l.",
    "Ottimo prodotto, lo usiamo in 12 locali. Unica pecca: l'interfaccia non è in italiano e alcuni responsabili di sala fanno fatica con il francese e l'inglese.",
    "positive", [(ITA, "l'interfaccia non è in italiano")]))
COMMENTS.append(("Ristorazione Bellini S.r.l.",
    "Sarebbe utile poter scambiare i turni tra colleghi direttamente, senza passare dal responsabile.",
    "neutral", [(SWAP, "poter scambiare i turni tra colleghi direttamente")]))
COMMENTS.append(("Ristorazione Bellini S.r.l.",
    "Avete in programma un'app per i dipendenti? Il link via mail non lo apre nessuno.",
    "neutral", [(APP, "Avete in programma un'app per i dipendenti?")]))
COMMENTS.append(("Farmacie Comunali del Lago",
    "Come ente pubblico abbiamo bisogno dell'accesso con SSO, e i colleghi chiedono l'interfaccia in italiano. Per il resto funziona bene.",
    "neutral", [(SSO, "abbiamo bisogno dell'accesso con SSO"), (ITA, "i colleghi chiedono l'interfaccia in italiano")]))
COMMENTS.append(("Farmacie Comunali del Lago",
    "Il calcolo delle ore notturne nel report mensile è sbagliato da febbraio, abbiamo segnalato ma ancora niente.",
    "negative", []))
COMMENTS.append(("Hotel Dolomiti Group",
    "Per un piccolo hotel come il nostro va benissimo, semplice e veloce. Grazie!",
    "positive", []))
COMMENTS.append(("Hotel Dolomiti Group",
    "Bello, ma ci piacerebbe che il sistema ci avvisasse se un cameriere supera le ore previste dal contratto. Thanks for listening!",
    "positive", [(LAW, "ci piacerebbe che il sistema ci avvisasse se un cameriere supera le ore previste dal contratto")]))

# ---------------- Portuguese (Portugal, Brazil) ----------------
COMMENTS.append(("Padarias Estrela",
    "Gostamos muito. Faltava só os funcionários poderem trocar turnos entre si pela aplicação... quer dizer, pelo site.",
    "positive", [(SWAP, "os funcionários poderem trocar turnos entre si")]))
COMMENTS.append(("Padarias Estrela",
    "O preço subiu bastante na renovação e ninguém nos avisou com antecedência.",
    "negative", []))
COMMENTS.append(("Rede Saúde Vida",
    "Vocês têm integração com o Personio? Nossa matriz na Alemanha usa e pediu pra gente conectar.",
    "neutral", [(PERS, "Vocês têm integração com o Personio?")]))
COMMENTS.append(("Rede Saúde Vida",
    "Sistema muito bom, mas precisamos de um app pro pessoal da enfermagem ver a escala pelo celular. E o ponto com geolocalização seria ótimo para o home care.",
    "positive", [(APP, "precisamos de um app pro pessoal da enfermagem ver a escala pelo celular"), (GPS, "o ponto com geolocalização seria ótimo")]))
COMMENTS.append(("Rede Saúde Vida",
    "Funciona, mas o suporte em português é fraco, muitas vezes respondem em espanhol.",
    "neutral", []))

# ---------------- Dutch (Netherlands, Flanders) ----------------
COMMENTS.append(("Bakkerij Van Dijk",
    "Prima systeem, doet wat het moet doen.",
    "neutral", []))
COMMENTS.append(("Zorggroep De Linde",
    "Wij zouden graag een koppeling met Personio zien, en eigenlijk ook een open API voor onze rapportages in Power BI. Would make our lives much easier.",
    "neutral", [(PERS, "een koppeling met Personio"), (API, "een open API voor onze rapportages in Power BI")]))
COMMENTS.append(("Zorggroep De Linde",
    "Heel tevreden over de planning, maar zonder SSO via Azure krijgen we de andere zorgcentra niet mee. Dat is voor ons echt een voorwaarde.",
    "positive", [(SSO, "zonder SSO via Azure krijgen we de andere zorgcentra niet mee")]))

# Language of each comment, for the counts only (same order as COMMENTS).
LANGS = ["fr"] * 30 + ["de"] * 30 + ["es"] * 25 + ["it"] * 7 + ["pt"] * 5 + ["nl"] * 3
