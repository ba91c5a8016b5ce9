"""Writes the record types' JSON Schemas (platform/datastore/src/main/resources/schemas) from the table below.

Run from anywhere: python3 infra/tools/record-schemas.py. Each type: its name, English and French
title and description, DPV category, the field that names a record by default, and its fields with
labels and help in both languages. Change a type's fields only in a new version (v2) once released."""
import json, os
OUT=os.path.join(os.path.dirname(os.path.abspath(__file__)),'..','..','platform','datastore','src','main','resources','schemas')
CUR={"enum":["GBP","EUR","USD","CHF","ISK"],"labels":{"GBP":("Pound sterling (£)","Livre sterling (£)"),"EUR":("Euro (€)","Euro (€)"),"USD":("US dollar ($)","Dollar américain ($)"),"CHF":("Swiss franc","Franc suisse"),"ISK":("Icelandic króna","Couronne islandaise")}}
COUNTRY={"enum":["GB","FR","IE","BE","LU","CH","DE","ES","IT","NL","PT","IS"],"labels":{"GB":("United Kingdom","Royaume-Uni"),"FR":("France","France"),"IE":("Ireland","Irlande"),"BE":("Belgium","Belgique"),"LU":("Luxembourg","Luxembourg"),"CH":("Switzerland","Suisse"),"DE":("Germany","Allemagne"),"ES":("Spain","Espagne"),"IT":("Italy","Italie"),"NL":("Netherlands","Pays-Bas"),"PT":("Portugal","Portugal"),"IS":("Iceland","Islande")}}
# The DPV purposes, with the labels the pages show (platform/datastore/src/main/resources/dpv/terms.tsv).
TERMS=os.path.join(os.path.dirname(os.path.abspath(__file__)),'..','..','platform','datastore','src','main','resources','dpv','terms.tsv')
_purposes=[l.rstrip("\n").split("\t") for l in open(TERMS,encoding="utf-8") if l.strip() and not l.startswith("#")]
PURPOSES={"enum":[t[0] for t in _purposes if t[1]=="purpose"],"labels":{t[0]:(t[2],t[3]) for t in _purposes if t[1]=="purpose"}}
def f(name, en, fr, kind="text", help_en=None, help_fr=None, choices=None, **kw):
    return dict(name=name,en=en,fr=fr,kind=kind,help_en=help_en,help_fr=help_fr,choices=choices,**kw)
S=[
("identity","Identity","Identité","Your name, date of birth and identity document.","Votre nom, votre date de naissance et votre pièce d'identité.","dpv-pd:Identifying","familyName",[
 f("givenName","First name(s)","Prénom(s)"),
 f("familyName","Surname","Nom de famille"),
 f("birthDate","Date of birth","Date de naissance","date"),
 f("birthPlace","Place of birth","Lieu de naissance"),
 f("nationality","Nationality","Nationalité"),
 f("documentType","Identity document","Pièce d'identité","choice",choices={"enum":["passport","identity-card","driving-licence","residence-permit"],"labels":{"passport":("Passport","Passeport"),"identity-card":("Identity card","Carte d'identité"),"driving-licence":("Driving licence","Permis de conduire"),"residence-permit":("Residence permit","Titre de séjour")}}),
 f("documentNumber","Document number","Numéro du document",help_en="As printed on the document.",help_fr="Tel qu'il figure sur le document."),
 f("documentExpiry","Document valid until","Document valable jusqu'au","date")]),
("contact","Contact details","Coordonnées","How organisations can reach you.","Comment les organismes peuvent vous joindre.","dpv-pd:Contact",None,[
 f("email","E-mail address","Adresse e-mail","email",help_en="For example jane@example.org",help_fr="Par exemple jeanne@example.org"),
 f("phone","Phone","Téléphone","tel"),
 f("mobile","Mobile phone","Téléphone portable","tel"),
 f("preferred","Preferred way to reach you","Moyen de contact préféré","choice",choices={"enum":["email","phone","post"],"labels":{"email":("E-mail","E-mail"),"phone":("Phone","Téléphone"),"post":("Post","Courrier")}})]),
("address","Postal address","Adresse postale","Where you live or receive post.","Où vous habitez ou recevez votre courrier.","dpv-pd:Address","city",[
 f("line1","Address line 1","Adresse (ligne 1)",help_en="Number and street",help_fr="Numéro et rue"),
 f("line2","Address line 2","Adresse (ligne 2)",help_en="Flat, building (optional)",help_fr="Appartement, bâtiment (facultatif)"),
 f("postcode","Postcode","Code postal"),
 f("city","Town or city","Ville"),
 f("region","County or region","Département ou région"),
 f("country","Country","Pays","choice",choices=COUNTRY)]),
("bank-account","Bank account","Compte bancaire","An account you can be paid into or pay from.","Un compte sur lequel vous pouvez recevoir ou effectuer des paiements.","dpv-pd:FinancialAccount","bankName",[
 f("holder","Account holder","Titulaire du compte"),
 f("iban","IBAN","IBAN","iban",required=True,help_en="Printed on your bank statement, for example GB82 WEST 1234 5698 7654 32. Spaces are fine.",help_fr="Il figure sur votre relevé d'identité bancaire, par exemple FR76 3000 6000 0112 3456 7890 189. Les espaces sont acceptés."),
 f("bic","BIC (bank code)","BIC (code de la banque)",pattern="^[A-Za-z]{6}[A-Za-z0-9]{2}([A-Za-z0-9]{3})?$",help_en="8 or 11 letters and digits, for example NWBKGB2L.",help_fr="8 ou 11 lettres et chiffres, par exemple BNPAFRPP."),
 f("bankName","Bank","Banque")]),
("employment","Employment","Emploi","A job you hold or held.","Un emploi que vous occupez ou avez occupé.","dpv-pd:Employment","employer",[
 f("employer","Employer","Employeur"),
 f("jobTitle","Job title","Intitulé du poste"),
 f("contract","Kind of contract","Type de contrat","choice",choices={"enum":["permanent","fixed-term","temporary","apprenticeship","self-employed"],"labels":{"permanent":("Permanent","CDI"),"fixed-term":("Fixed-term","CDD"),"temporary":("Temporary (agency)","Intérim"),"apprenticeship":("Apprenticeship","Apprentissage"),"self-employed":("Self-employed","Indépendant")}}),
 f("startDate","Start date","Date de début","date"),
 f("endDate","End date","Date de fin","date",help_en="Leave empty if you still work there.",help_fr="Laissez vide si vous y travaillez encore."),
 f("annualSalary","Gross yearly pay","Salaire annuel brut","number",minimum=0),
 f("currency","Currency","Devise","choice",choices=CUR)]),
("education","Education","Formation","A diploma or qualification.","Un diplôme ou une qualification.","dpv-pd:Education","qualification",[
 f("institution","School or university","Établissement"),
 f("qualification","Diploma or qualification","Diplôme ou qualification"),
 f("subject","Subject","Discipline"),
 f("level","Level","Niveau","choice",choices={"enum":["secondary","vocational","bachelor","master","doctorate","other"],"labels":{"secondary":("Secondary school","Enseignement secondaire"),"vocational":("Vocational","Formation professionnelle"),"bachelor":("Bachelor's degree","Licence"),"master":("Master's degree","Master"),"doctorate":("Doctorate","Doctorat"),"other":("Other","Autre")}}),
 f("awardedOn","Awarded on","Obtenu le","date")]),
("health-summary","Health summary","Résumé de santé","What a doctor or emergency service should know.","Ce qu'un médecin ou les secours devraient savoir.","dpv-pd:HealthRecord",None,[
 f("bloodType","Blood group","Groupe sanguin","choice",choices={"enum":["A+","A-","B+","B-","AB+","AB-","O+","O-"],"labels":{k:(k,k) for k in ["A+","A-","B+","B-","AB+","AB-","O+","O-"]}}),
 f("allergies","Allergies","Allergies","lines",help_en="One per line, for example penicillin.",help_fr="Une par ligne, par exemple pénicilline."),
 f("medications","Medication","Traitements","lines",help_en="One per line, with the dose if you know it.",help_fr="Un par ligne, avec la dose si vous la connaissez."),
 f("vaccinations","Vaccinations","Vaccinations","rows",row=[f("name","Vaccine","Vaccin"),f("date","Date","Date","date")]),
 f("notes","Other things to know","Autres informations","textarea")]),
("vehicle","Vehicle","Véhicule","A car, van or motorbike you own or drive.","Une voiture, une camionnette ou une moto que vous possédez ou conduisez.","dpv-pd:Vehicle","registration",[
 f("make","Make","Marque"),
 f("model","Model","Modèle"),
 f("registration","Registration number","Immatriculation"),
 f("year","Year","Année","integer",minimum=1900,maximum=2100),
 f("fuel","Fuel","Énergie","choice",choices={"enum":["petrol","diesel","electric","hybrid","lpg","other"],"labels":{"petrol":("Petrol","Essence"),"diesel":("Diesel","Diesel"),"electric":("Electric","Électrique"),"hybrid":("Hybrid","Hybride"),"lpg":("LPG","GPL"),"other":("Other","Autre")}}),
 f("vin","Vehicle identification number (VIN)","Numéro d'identification (VIN)",pattern="^[A-HJ-NPR-Za-hj-npr-z0-9]{17}$",help_en="17 letters and digits, on the registration document.",help_fr="17 lettres et chiffres, sur la carte grise.")]),
("energy-contract","Energy contract and meter","Contrat d'énergie et compteur","Your electricity or gas supply and its meter.","Votre fourniture d'électricité ou de gaz et son compteur.","dpv-pd:Utility","supplier",[
 f("supplier","Supplier","Fournisseur"),
 f("energy","Energy","Énergie","choice",choices={"enum":["electricity","gas","dual"],"labels":{"electricity":("Electricity","Électricité"),"gas":("Gas","Gaz"),"dual":("Electricity and gas","Électricité et gaz")}}),
 f("tariff","Tariff","Offre"),
 f("contractNumber","Contract or account number","Numéro de contrat ou de client"),
 f("meterId","Meter number","Numéro de compteur",help_en="The MPAN or MPRN on your bill; in France the 14-digit PRM or PCE.",help_fr="Le PRM (14 chiffres) ou le PCE indiqué sur votre facture."),
 f("startDate","Start date","Date de début","date")]),
("meter-reading","Meter reading","Relevé de compteur","Energy used over a period, from your meter.","L'énergie consommée sur une période, d'après votre compteur.","dpv-pd:Utility","meterId",[
 f("meterId","Meter number","Numéro de compteur"),
 f("from","From","Du","date",required=True),
 f("to","To","Au","date"),
 f("kwh","Energy used (kWh)","Énergie consommée (kWh)","number",minimum=0,required=True)]),
("insurance-policy","Insurance policy","Contrat d'assurance","A policy that covers you, your home or your car.","Un contrat qui vous assure, vous, votre logement ou votre véhicule.","dpv-pd:FinancialAccount","insurer",[
 f("insurer","Insurer","Assureur"),
 f("policyNumber","Policy number","Numéro de contrat"),
 f("cover","What it covers","Ce qu'il couvre","choice",choices={"enum":["home","car","health","life","travel","other"],"labels":{"home":("Home","Habitation"),"car":("Car","Automobile"),"health":("Health","Santé"),"life":("Life","Vie"),"travel":("Travel","Voyage"),"other":("Other","Autre")}}),
 f("startDate","Start date","Date de début","date"),
 f("renewalDate","Renewal date","Date de renouvellement","date"),
 f("annualPremium","Yearly cost","Coût annuel","number",minimum=0),
 f("currency","Currency","Devise","choice",choices=CUR)]),
("note","Note","Note","Anything you want to keep.","Tout ce que vous voulez garder.","dpv-pd:Preference",None,[
 f("text","Note","Note","textarea")]),
("document","Document","Document","A payslip, bill, certificate or any paper you keep; attach the file after saving.","Une fiche de paie, une facture, un certificat ou tout papier que vous gardez ; joignez le fichier après l'enregistrement.","dpv-pd:OfficialID","issuer",[
 f("kind","Kind of document","Type de document","choice",choices={"enum":["payslip","tax-notice","bill","contract","certificate","identity","other"],"labels":{"payslip":("Payslip","Fiche de paie"),"tax-notice":("Tax notice","Avis d'imposition"),"bill":("Bill","Facture"),"contract":("Contract","Contrat"),"certificate":("Certificate","Certificat ou attestation"),"identity":("Identity document","Pièce d'identité"),"other":("Other","Autre")}}),
 f("issuer","Issued by","Émis par"),
 f("issuedOn","Issued on","Date d'émission","date"),
 f("description","Description","Description","textarea")]),
("contact-card","Address book entry","Fiche de contact","Someone you know: how to reach them.","Une personne que vous connaissez : comment la joindre.","dpv-pd:Contact","fullName",[
 f("fullName","Name","Nom",required=True),
 f("organisation","Organisation","Organisation"),
 f("email","E-mail address","Adresse e-mail","email"),
 f("phone","Phone","Téléphone","tel"),
 f("address","Address","Adresse","textarea"),
 f("note","Note","Note","textarea")]),
("event","Calendar event","Événement d'agenda","An appointment or event in your calendar.","Un rendez-vous ou un événement de votre agenda.","dpv-pd:Behavioral","summary",[
 f("summary","What","Quoi",required=True),
 f("startDate","Date","Date","date",required=True),
 f("startTime","Time","Heure",help_en="For example 09:30; empty for the whole day.",help_fr="Par exemple 09:30 ; vide pour toute la journée.",pattern="^([01][0-9]|2[0-3]):[0-5][0-9]$"),
 f("endDate","Until","Jusqu'au","date"),
 f("location","Where","Où"),
 f("description","Details","Détails","textarea")]),
("activity","Activity","Activité","A walk, run or ride recorded by a watch or a phone.","Une marche, une course ou une sortie à vélo enregistrée par une montre ou un téléphone.","dpv-pd:Behavioral","name",[
 f("name","Name","Nom"),
 f("startDate","Date","Date","date",required=True),
 f("startTime","Start time","Heure de départ",pattern="^([01][0-9]|2[0-3]):[0-5][0-9]$"),
 f("durationMinutes","Duration (minutes)","Durée (minutes)","number",minimum=0),
 f("distanceKm","Distance (km)","Distance (km)","number",minimum=0),
 f("points","Points recorded","Points enregistrés","integer",minimum=0)]),
("bank-transaction","Bank transaction","Opération bancaire","A payment in or out of one of your accounts.","Un paiement entrant ou sortant sur l'un de vos comptes.","dpv-pd:Transaction","counterparty",[
 f("date","Date","Date","date",required=True),
 f("amount","Amount","Montant","number",required=True,help_en="Negative for money going out.",help_fr="Négatif pour l'argent qui sort."),
 f("currency","Currency","Devise","choice",choices=CUR),
 f("counterparty","Paid to or by","Payé à ou par"),
 f("description","Description","Libellé"),
 f("account","Account","Compte",help_en="Its IBAN or number.",help_fr="Son IBAN ou son numéro.")]),
 ("agreement-history","Agreement made on another Hearth","Accord conclu sur un autre Hearth","An agreement you made with an organisation on the Hearth you came from, brought with your data; its signed receipt is attached.","Un accord que vous aviez conclu avec une organisation sur le Hearth d'où vous venez, apporté avec vos données ; son reçu signé est joint.","dpv-pd:Preference","organisation",[
 f("organisation","Organisation","Organisation",required=True),
 f("request","What it asked","Ce qu'elle demandait"),
 f("purpose","Why","Pourquoi"),
 f("grantedOn","Accepted on","Accepté le","date"),
 f("endsOn","Until","Jusqu'au","date"),
 f("status","How it stood when you left","Où il en était à votre départ","choice",choices={"enum":["active","revoked","expired"],"labels":{"active":("Still running (it does not carry over: the organisation must ask again here)","Toujours en cours (il ne se poursuit pas : l'organisation doit redemander ici)"),"revoked":("You stopped it","Vous y aviez mis fin"),"expired":("It had reached its end","Il était arrivé à son terme")}}),
 f("endedOn","Ended on","Terminé le","date")],True),
 ("agreement-history","Agreement made on another Hearth","Accord conclu sur un autre Hearth","An agreement you made with an organisation on the Hearth you came from, brought with your data; its signed receipt is attached.","Un accord que vous aviez conclu avec une organisation sur le Hearth d'où vous venez, apporté avec vos données ; son reçu signé est joint.","dpv-pd:Preference","organisation",[
 f("organisation","Organisation","Organisation",required=True),
 f("request","What it asked","Ce qu'elle demandait"),
 f("purpose","Why","Pourquoi","choice",choices=PURPOSES),
 f("grantedOn","Accepted on","Accepté le","date"),
 f("endsOn","Until","Jusqu'au","date"),
 f("status","How it stood when you left","Où il en était à votre départ","choice",choices={"enum":["active","revoked","expired"],"labels":{"active":("Still running (it does not carry over: the organisation must ask again here)","Toujours en cours (il ne se poursuit pas : l'organisation doit redemander ici)"),"revoked":("You stopped it","Vous y aviez mis fin"),"expired":("It had reached its end","Il était arrivé à son terme")}}),
 f("endedOn","Ended on","Terminé le","date")],2),
]
IMPORTED_ONLY={"agreement-history"}
def prop(x):
    p={"title":x["en"],"x-hearth":{"fr":{"title":x["fr"]},"input":x["kind"]}}
    if x["help_en"]:
        p["description"]=x["help_en"]; p["x-hearth"]["fr"]["description"]=x["help_fr"]
    k=x["kind"]
    if k in("text","tel","textarea"): p.update(type="string",maxLength=4000 if k=="textarea" else 200)
    elif k=="email": p.update(type="string",format="email",maxLength=254)
    elif k=="date": p.update(type="string",format="date")
    elif k=="iban": p.update(type="string",format="iban",maxLength=42)
    elif k=="number": p.update(type="number")
    elif k=="integer": p.update(type="integer")
    elif k=="choice":
        c=x["choices"]; p.update(type="string",enum=c["enum"])
        p["x-hearth"]["choices"]={v:{"en":c["labels"][v][0],"fr":c["labels"][v][1]} for v in c["enum"]}
    elif k=="lines": p.update(type="array",items={"type":"string","maxLength":200},maxItems=100)
    elif k=="rows":
        p.update(type="array",maxItems=100,items={"type":"object","properties":{r["name"]:prop(r) for r in x["row"]}})
    for key in("minimum","maximum","pattern"):
        if key in x: p[key]=x[key]
    return p
os.makedirs(OUT,exist_ok=True)
index=[]
for entry in S:
    name,en,fr,den,dfr,cat,titlefield,fields=entry[:8]
    # A later version of a type (its fields changed once released) names its number last.
    version=entry[8] if len(entry)>8 and type(entry[8]) is int else 1
    doc={"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"hearth:%s/v%d"%(name,version),"title":en,"description":den,
         "x-hearth":{"category":cat,"fr":{"title":fr,"description":dfr},"order":[x["name"] for x in fields]},
         "type":"object","properties":{x["name"]:prop(x) for x in fields}}
    if titlefield: doc["x-hearth"]["titleField"]=titlefield
    # Made by an import only (never offered on the "add a record" page).
    if name in IMPORTED_ONLY: doc["x-hearth"]["importedOnly"]=True
    req=[x["name"] for x in fields if x.get("required")]
    if req: doc["required"]=req
    os.makedirs(OUT+"/"+name,exist_ok=True)
    with open(OUT+"/"+name+"/v%d.json"%version,"w") as fh: json.dump(doc,fh,ensure_ascii=False,indent=2); fh.write("\n")
    index.append("hearth:%s/v%d"%(name,version))
with open(OUT+"/index.txt","w") as fh: fh.write("# The record types Hearth knows, one schema id per line; each is at <name>/v<version>.json\n"+"\n".join(index)+"\n")
