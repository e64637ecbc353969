#!/usr/bin/env python3
"""Seeded generator of synthetic Arabic and English news articles for evgraph's benchmark.

Owns: the benchmark corpus.  Every article is built from the vocabulary and sentence templates in
this file (written for the benchmark; no real article text).  The same --seed and --count always give
byte-identical output, so numbers measured on different commits compare.

Output: DIR/SSS/NNNNNN.txt (SSS = NNNNNN // 1000, so at most 1000 files a folder) and DIR/manifest.tsv
with the columns path (relative to DIR), date (publication date, YYYY-MM-DD), source, lang.

Articles: about 70% Arabic, 30% English; 150-600 words; a title line, paragraphs of event sentences
(meet, visit, host, sign, supply, attack, say, call, threaten ...) with actors drawn from a list of
real officials, countries and cities in both scripts with their common spelling variants, dates in
many forms (absolute, ranges, relative weekdays, "last month", ISO-like numerals, Arabic-Indic
digits), filler sentences, and in about a third of the articles a "read also" block.

Standard library only.  Usage: gen_articles.py --seed 1 --count N --out DIR
"""
import argparse
import datetime as dt
import os
import random

# ----------------------------------------------------------------------------------------------
# Vocabulary.  People: (english forms, arabic forms, english title, arabic title, feminine?)
# The first form of each list is the canonical one; the others are press variants.
PEOPLE = [
    (["Sergei Lavrov", "Lavrov"], ["سيرغي لافروف", "سيرجي لافروف", "لافروف"],
     "Russian Foreign Minister", "وزير الخارجية الروسي", False),
    (["Vladimir Putin", "Putin"], ["فلاديمير بوتين", "بوتين"],
     "Russian President", "الرئيس الروسي", False),
    (["Kim Jong Un", "Kim Jong-un", "Kim"], ["كيم جونغ أون", "كيم جونج أون", "كيم جونغ اون"],
     "North Korean leader", "الزعيم الكوري الشمالي", False),
    (["Sergei Shoigu", "Shoigu"], ["سيرغي شويغو", "سيرجي شويجو", "شويغو"],
     "Russian Security Council secretary", "أمين مجلس الأمن الروسي", False),
    (["Antony Blinken", "Blinken"], ["أنتوني بلينكن", "انتوني بلينكن", "بلينكن"],
     "US Secretary of State", "وزير الخارجية الأمريكي", False),
    (["Wang Yi"], ["وانغ يي", "وانج يي"], "Chinese Foreign Minister", "وزير الخارجية الصيني", False),
    (["Xi Jinping", "Xi"], ["شي جين بينغ", "شي جينبينغ", "شي"], "Chinese President", "الرئيس الصيني", False),
    (["Recep Tayyip Erdogan", "Erdogan"], ["رجب طيب أردوغان", "أردوغان", "اردوغان"],
     "Turkish President", "الرئيس التركي", False),
    (["Hakan Fidan", "Fidan"], ["هاكان فيدان", "فيدان"], "Turkish Foreign Minister",
     "وزير الخارجية التركي", False),
    (["Abdel Fattah al-Sisi", "Sisi"], ["عبد الفتاح السيسي", "السيسي"], "Egyptian President",
     "الرئيس المصري", False),
    (["Sameh Shoukry", "Shoukry"], ["سامح شكري", "شكري"], "Egyptian Foreign Minister",
     "وزير الخارجية المصري", False),
    (["Ayman Safadi", "Safadi"], ["أيمن الصفدي", "ايمن الصفدي", "الصفدي"], "Jordanian Foreign Minister",
     "وزير الخارجية الأردني", False),
    (["King Abdullah II"], ["الملك عبد الله الثاني", "الملك عبدالله الثاني"], "King of Jordan",
     "العاهل الأردني", False),
    (["Faisal bin Farhan"], ["فيصل بن فرحان", "الأمير فيصل بن فرحان"], "Saudi Foreign Minister",
     "وزير الخارجية السعودي", False),
    (["Mohammed bin Salman"], ["محمد بن سلمان", "الأمير محمد بن سلمان"], "Saudi Crown Prince",
     "ولي العهد السعودي", False),
    (["Hossein Amir-Abdollahian", "Amir-Abdollahian"], ["حسين أمير عبد اللهيان", "أمير عبد اللهيان",
     "عبداللهيان"], "Iranian Foreign Minister", "وزير الخارجية الإيراني", False),
    (["Abbas Araghchi", "Araghchi"], ["عباس عراقجي", "عراقجي"], "Iranian Foreign Minister",
     "وزير الخارجية الإيراني", False),
    (["Volodymyr Zelensky", "Zelensky"], ["فولوديمير زيلينسكي", "زيلينسكي"], "Ukrainian President",
     "الرئيس الأوكراني", False),
    (["Emmanuel Macron", "Macron"], ["إيمانويل ماكرون", "ايمانويل ماكرون", "ماكرون"], "French President",
     "الرئيس الفرنسي", False),
    (["Olaf Scholz", "Scholz"], ["أولاف شولتس", "اولاف شولتز", "شولتس"], "German Chancellor",
     "المستشار الألماني", False),
    (["Antonio Guterres", "Guterres"], ["أنطونيو غوتيريش", "انطونيو جوتيريش", "غوتيريش"],
     "UN Secretary-General", "الأمين العام للأمم المتحدة", False),
    (["Choe Son Hui", "Choe"], ["تشوي سون هوي", "تشوي سون هي"], "North Korean Foreign Minister",
     "وزيرة الخارجية الكورية الشمالية", True),
    (["Kamala Harris", "Harris"], ["كامالا هاريس", "هاريس"], "US Vice President",
     "نائبة الرئيس الأمريكي", True),
    (["Ursula von der Leyen", "von der Leyen"], ["أورسولا فون دير لاين", "فون دير لاين"],
     "European Commission President", "رئيسة المفوضية الأوروبية", True),
    (["Najib Mikati", "Mikati"], ["نجيب ميقاتي", "ميقاتي"], "Lebanese Prime Minister",
     "رئيس الوزراء اللبناني", False),
    (["Mohammed Shia al-Sudani", "Sudani"], ["محمد شياع السوداني", "السوداني"], "Iraqi Prime Minister",
     "رئيس الوزراء العراقي", False),
    (["Ahmed Aboul Gheit", "Aboul Gheit"], ["أحمد أبو الغيط", "احمد ابو الغيط", "أبو الغيط"],
     "Arab League Secretary-General", "الأمين العام لجامعة الدول العربية", False),
    (["Kang Sun Nam"], ["كانغ سون نام", "كانج سون نام"], "North Korean Defence Minister",
     "وزير الدفاع الكوري الشمالي", False),
]

# Countries: (english, arabic forms, arabic adjective masc., english capital, arabic capital forms)
COUNTRIES = [
    ("Russia", ["روسيا"], "الروسي", "Moscow", ["موسكو"]),
    ("North Korea", ["كوريا الشمالية", "جمهورية كوريا الديمقراطية الشعبية"], "الكوري الشمالي",
     "Pyongyang", ["بيونغ يانغ", "بيونج يانج", "بيونغيانغ"]),
    ("China", ["الصين"], "الصيني", "Beijing", ["بكين"]),
    ("the United States", ["الولايات المتحدة", "أمريكا", "أميركا"], "الأمريكي", "Washington", ["واشنطن"]),
    ("Turkey", ["تركيا"], "التركي", "Ankara", ["أنقرة", "انقرة"]),
    ("Egypt", ["مصر"], "المصري", "Cairo", ["القاهرة"]),
    ("Jordan", ["الأردن", "الاردن"], "الأردني", "Amman", ["عمّان", "عمان"]),
    ("Saudi Arabia", ["السعودية", "المملكة العربية السعودية"], "السعودي", "Riyadh", ["الرياض"]),
    ("Iran", ["إيران", "ايران"], "الإيراني", "Tehran", ["طهران"]),
    ("Ukraine", ["أوكرانيا", "اوكرانيا"], "الأوكراني", "Kyiv", ["كييف", "كييڤ"]),
    ("France", ["فرنسا"], "الفرنسي", "Paris", ["باريس"]),
    ("Germany", ["ألمانيا", "المانيا"], "الألماني", "Berlin", ["برلين"]),
    ("Lebanon", ["لبنان"], "اللبناني", "Beirut", ["بيروت"]),
    ("Iraq", ["العراق"], "العراقي", "Baghdad", ["بغداد"]),
    ("Syria", ["سوريا", "سورية"], "السوري", "Damascus", ["دمشق"]),
    ("Qatar", ["قطر"], "القطري", "Doha", ["الدوحة"]),
    ("the United Arab Emirates", ["الإمارات", "الامارات العربية المتحدة"], "الإماراتي",
     "Abu Dhabi", ["أبوظبي", "أبو ظبي"]),
    ("South Korea", ["كوريا الجنوبية"], "الكوري الجنوبي", "Seoul", ["سول", "سيول"]),
    ("Japan", ["اليابان"], "الياباني", "Tokyo", ["طوكيو"]),
    ("Algeria", ["الجزائر"], "الجزائري", "Algiers", ["الجزائر العاصمة"]),
    ("Morocco", ["المغرب"], "المغربي", "Rabat", ["الرباط"]),
]

OTHER_PLACES = [
    ("Wonsan", ["وونسان", "ونسان"]), ("Vladivostok", ["فلاديفوستوك"]), ("Kursk", ["كورسك"]),
    ("Geneva", ["جنيف"]), ("Istanbul", ["إسطنبول", "اسطنبول"]), ("Sochi", ["سوتشي"]),
    ("Jeddah", ["جدة"]), ("Sharm el-Sheikh", ["شرم الشيخ"]), ("Aleppo", ["حلب"]), ("Basra", ["البصرة"]),
    ("the Vostochny Cosmodrome", ["قاعدة فوستوتشني الفضائية"]), ("Kharkiv", ["خاركيف"]),
    ("Gaza", ["غزة"]), ("Mosul", ["الموصل"]), ("Tripoli", ["طرابلس"]), ("Khartoum", ["الخرطوم"]),
]

ORGS = [
    ("the United Nations", ["الأمم المتحدة", "الامم المتحدة"]),
    ("the Arab League", ["جامعة الدول العربية", "الجامعة العربية"]),
    ("NATO", ["حلف شمال الأطلسي", "الناتو", "حلف الناتو"]),
    ("the European Union", ["الاتحاد الأوروبي", "الاتحاد الاوروبي"]),
    ("the Kremlin", ["الكرملين"]),
    ("the IAEA", ["الوكالة الدولية للطاقة الذرية"]),
    ("the African Union", ["الاتحاد الأفريقي", "الاتحاد الافريقي"]),
]

SOURCES_AR = ["وادي الأخبار", "منارات أونلاين", "صحيفة الساحل", "قناة اليوم", "بوابة الشرق", "نافذة العرب",
              "الخبر الأول", "مرصد الأنباء", "صوت المدينة", "الأفق نيوز"]
SOURCES_EN = ["Eastline Wire", "Meridian Ledger", "Harbourside Post", "Northgate Times", "Crescent Herald",
              "Daily Compass", "Signal Report"]

# Months: several Arabic families (Egyptian/Gulf, Levantine, Maghrebi) and the double form.
MONTHS_EG = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
             "نوفمبر", "ديسمبر"]
MONTHS_LV = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
             "تشرين الأول", "تشرين الثاني", "كانون الأول"]
MONTHS_MA = ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر",
             "نونبر", "دجنبر"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_EN_ABBR = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
                  "Nov.", "Dec."]
WEEKDAYS_AR = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


# ----------------------------------------------------------------------------------------------
# Dates.  Each function returns the surface text of a date expression anchored near the
# publication date `pub`; the reference value is not needed by the benchmark.
def ar_month(r, m):
    fam = r.random()
    if fam < 0.45:
        return MONTHS_EG[m - 1]
    if fam < 0.70:
        return MONTHS_LV[m - 1]
    if fam < 0.90:
        return MONTHS_LV[m - 1] + "/" + MONTHS_EG[m - 1]
    return MONTHS_MA[m - 1]


def ar_num(r, n):
    s = str(n)
    return s.translate(INDIC) if r.random() < 0.12 else s


def ar_date(r, pub):
    """An Arabic date expression; about one in eight is written in Arabic-Indic digits."""
    s = ar_date_ascii(r, pub)
    return s.translate(INDIC) if r.random() < 0.12 else s


def ar_date_ascii(r, pub):
    kind = r.random()
    past = pub - dt.timedelta(days=r.randint(1, 6))
    later = pub + dt.timedelta(days=r.randint(3, 40))
    if kind < 0.22:
        d = past if r.random() < 0.6 else later
        y = " " + str(d.year) if r.random() < 0.6 else ""
        return "في %s %s%s" % (str(d.day), ar_month(r, d.month), y)
    if kind < 0.34:
        d = later
        e = d + dt.timedelta(days=r.randint(1, 3))
        if e.month != d.month:
            e = d.replace(day=min(d.day + 1, 28)) if d.day < 28 else d
        fmt = r.choice(["في الفترة من %s إلى %s %s", "من %s إلى %s %s", "بين %s و%s %s"])
        return fmt % (str(d.day), str(max(e.day, d.day)), ar_month(r, d.month))
    if kind < 0.52:
        delta = (pub - past).days
        wd = WEEKDAYS_AR[past.weekday()]
        if delta == 1:
            return r.choice(["أمس %s" % wd, "يوم أمس %s" % wd, "أمس"])
        return r.choice(["يوم %s" % wd, "%s الماضي" % wd, wd])
    if kind < 0.60:
        return r.choice(["اليوم", "اليوم %s" % WEEKDAYS_AR[pub.weekday()], "صباح اليوم", "مساء أمس"])
    if kind < 0.70:
        return r.choice(["الشهر الماضي", "الأسبوع الماضي", "العام الماضي", "الشهر المقبل",
                         "الأسبوع المقبل", "خلال الأيام المقبلة", "مطلع الشهر الجاري",
                         "أواخر العام الماضي", "منتصف الشهر المقبل"])
    if kind < 0.78:
        d = later
        return "في %s" % r.choice([
            "%s/%s/%s" % (str(d.day), str(d.month), str(d.year)),
            "شهر %s" % ar_month(r, d.month),
            "%s %s" % (ar_month(r, d.month), str(d.year))])
    if kind < 0.86:
        n = r.randint(2, 10)
        return r.choice(["قبل %d أيام" % n, "منذ %d سنوات" % n, "قبل أسبوعين", "بعد يومين",
                         "خلال %d أشهر" % n])
    if kind < 0.93:
        y = pub.year - r.randint(1, 70)
        return r.choice(["عام %d" % y, "في العام %d" % y, "بين عامي %d و%d" % (y, y + 3)])
    return r.choice(["الأحد المقبل", "الخميس المقبل", "نهاية الأسبوع", "في وقت لاحق من هذا العام",
                     "مطلع العام المقبل"])


def en_date(r, pub):
    kind = r.random()
    past = pub - dt.timedelta(days=r.randint(1, 6))
    later = pub + dt.timedelta(days=r.randint(3, 40))
    if kind < 0.25:
        d = past if r.random() < 0.6 else later
        mon = r.choice([MONTHS_EN, MONTHS_EN_ABBR])[d.month - 1]
        return r.choice(["on %s %d, %d" % (mon, d.day, d.year), "on %s %d" % (mon, d.day),
                         "on %d %s %d" % (d.day, MONTHS_EN[d.month - 1], d.year)])
    if kind < 0.37:
        d = later
        e = min(d.day + r.randint(1, 2), 28)
        e = max(e, d.day + 1) if d.day < 28 else d.day
        return r.choice(["on %s %d-%d, %d" % (MONTHS_EN[d.month - 1], d.day, e, d.year),
                         "from %s %d to %d" % (MONTHS_EN[d.month - 1], d.day, e),
                         "between %d and %d %s" % (d.day, e, MONTHS_EN[d.month - 1])])
    if kind < 0.55:
        wd = WEEKDAYS_EN[past.weekday()]
        return r.choice(["on %s" % wd, "last %s" % wd, "on %s evening" % wd,
                         "yesterday" if (pub - past).days == 1 else "on %s" % wd])
    if kind < 0.65:
        return r.choice(["today", "earlier today", "this week", "on Thursday morning"])
    if kind < 0.77:
        return r.choice(["last month", "last week", "last year", "next month", "next week",
                         "in the coming days", "early next year", "later this year", "in mid-%s" %
                         MONTHS_EN[later.month - 1]])
    if kind < 0.87:
        n = r.randint(2, 10)
        return r.choice(["%d days ago" % n, "two weeks ago", "%d years ago" % n, "in %d months" % n])
    y = pub.year - r.randint(1, 70)
    return r.choice(["in %d" % y, "in %s %d" % (MONTHS_EN[r.randint(0, 11)], y),
                     "from %d to %d" % (y, y + 3)])


# ----------------------------------------------------------------------------------------------
# Actors as they appear in text.
def ar_person(r, p, first):
    forms = p[1]
    if first:
        name = forms[0] if r.random() < 0.6 else forms[r.randrange(len(forms))]
        return (p[3] + " " + name) if r.random() < 0.7 else name
    return forms[-1] if r.random() < 0.7 else forms[r.randrange(len(forms))]


def en_person(r, p, first):
    if first:
        return (p[2] + " " + p[0][0]) if r.random() < 0.7 else p[0][0]
    return p[0][-1] if r.random() < 0.7 else p[0][r.randrange(len(p[0]))]


def ar_place(r):
    if r.random() < 0.6:
        c = r.choice(COUNTRIES)
        return r.choice(c[4]) if r.random() < 0.7 else r.choice(c[1])
    return r.choice(r.choice(OTHER_PLACES)[1])


def en_place(r):
    if r.random() < 0.6:
        c = r.choice(COUNTRIES)
        return c[3] if r.random() < 0.7 else c[0]
    return r.choice(OTHER_PLACES)[0]


# ----------------------------------------------------------------------------------------------
# Arabic event sentences.  Verb forms vary with gender and tense; {A} source, {B} target,
# {P} place, {D} date, {C} country, {O} organisation.
AR_EVENTS_M = [
    "التقى {A} {D} نظيره {B} في {P}، وبحث الجانبان سبل تعزيز التعاون الثنائي",
    "اجتمع {A} مع {B} {D} في {P} لمناقشة الأوضاع الإقليمية",
    "يلتقي {A} {B} {D} في {P} على هامش الاجتماعات الدورية",
    "زار {A} {P} {D} في جولة تستمر عدة أيام",
    "يزور {A} {P} {D} تلبية لدعوة رسمية من {B}",
    "وصل {A} إلى {P} {D} في زيارة رسمية",
    "استقبل {A} {D} {B} الذي يزور {P} حالياً",
    "وقع {A} و{B} {D} اتفاقية للتعاون في مجالات الطاقة والنقل",
    "وقّع {A} {D} مذكرة تفاهم مع {B} خلال زيارته إلى {P}",
    "أجرى {A} {D} اتصالاً هاتفياً مع {B} تناول التطورات في {P}",
    "قال {A} {D} إن بلاده مستعدة للحوار مع {B}",
    "أكد {A} {D} أن العلاقات مع {C} تشهد تطوراً ملحوظاً",
    "أعلن {A} {D} أن {C} ستواصل دعم جهود السلام",
    "دعا {A} {D} {B} إلى وقف التصعيد في {P}",
    "حذّر {A} {D} من أن أي هجوم على {C} سيقابل برد حازم",
    "هدد {A} {D} بفرض عقوبات جديدة على {C}",
    "ندد {A} {D} بالهجوم الذي استهدف {P}",
    "أدان {A} {D} الغارات على {P} ووصفها بأنها انتهاك خطير",
    "رحب {A} {D} بقرار {O} بشأن {P}",
    "شارك {A} {D} في القمة التي استضافتها {P}",
]
AR_EVENTS_F = [
    "التقت {A} {D} نظيرها {B} في {P}، وبحث الجانبان سبل تعزيز التعاون",
    "زارت {A} {P} {D} في أول زيارة من نوعها",
    "تزور {A} {P} {D} على رأس وفد رفيع المستوى",
    "استقبلت {A} {D} {B} في مقر إقامتها",
    "وقّعت {A} {D} اتفاقاً مع {B} في {P}",
    "قالت {A} {D} إن المحادثات مع {B} كانت بنّاءة",
    "أكدت {A} {D} أن {C} لن تتراجع عن مواقفها",
    "دعت {A} {D} {B} إلى استئناف المفاوضات",
    "حذّرت {A} {D} من تدهور الأوضاع في {P}",
]
AR_EVENTS_STATE = [
    "أعلنت {C} {D} أنها زودت {C2} بشحنة من الذخائر والقذائف المدفعية",
    "زودت {C} {C2} {D} بأكثر من {N} ألف قذيفة مدفعية، بحسب تقارير استخباراتية",
    "أرسلت {C} {D} نحو {N} ألف جندي إلى {P}",
    "شنت قوات {C} {D} هجوماً واسعاً على مواقع في {P}",
    "قصفت طائرات {C} {D} أهدافاً في {P} ما أسفر عن سقوط {N} قتيلاً",
    "استهدفت صواريخ {D} منشآت للطاقة في {P}",
    "اتهمت {C} {D} {C2} بانتهاك اتفاق وقف إطلاق النار في {P}",
    "تسلّمت {C} {D} دفعة جديدة من الطائرات المسيّرة من {C2}",
    "وقعت {C} و{C2} {D} معاهدة للشراكة الاستراتيجية الشاملة",
    "استضافت {P} {D} جولة جديدة من المحادثات بين {C} و{C2}",
    "أعربت {O} {D} عن قلقها من التصعيد في {P}",
    "طالبت {O} {D} بفتح ممرات إنسانية في {P}",
]
AR_LEADS = ["وبحسب بيان صادر عن وزارة الخارجية، ", "ووفقاً لوكالة الأنباء الرسمية، ", "وفي السياق ذاته، ",
            "من جهة أخرى، ", "وفي تطور لافت، ", "و", "و", "", "", ""]
AR_FILLER = [
    "ويرى مراقبون أن هذه الخطوة تعكس تحولاً في موازين القوى في المنطقة",
    "ولم يصدر أي تعليق رسمي حتى الآن على هذه التصريحات",
    "وتأتي هذه التطورات في ظل توتر متصاعد تشهده المنطقة منذ أشهر",
    "ويتوقع محللون أن تنعكس نتائج هذه المباحثات على ملفات اقتصادية وأمنية عدة",
    "وشدد الجانبان على أهمية مواصلة التنسيق والتشاور إزاء القضايا ذات الاهتمام المشترك",
    "وتناولت المحادثات كذلك ملفات التجارة والطاقة والأمن الغذائي",
    "وأشار البيان إلى أن الطرفين اتفقا على عقد جولة جديدة من المشاورات",
    "وتشير التقديرات إلى أن حجم التبادل التجاري بين البلدين ارتفع بشكل ملحوظ",
    "وتعد هذه الزيارة الأولى من نوعها منذ سنوات طويلة",
    "وقال دبلوماسيون إن الاجتماع جرى في أجواء إيجابية وصريحة",
    "وفي المقابل، انتقدت المعارضة هذه السياسة واعتبرتها تفريطاً في المصالح الوطنية",
    "ويأتي ذلك بعد سلسلة من اللقاءات التي عقدها مسؤولون من الجانبين خلال الفترة الماضية",
    "وتسعى الأطراف المعنية إلى التوصل إلى تسوية سياسية تنهي الأزمة",
    "وأكدت المصادر أن الترتيبات اللوجستية للزيارة قد اكتملت",
]
AR_RELATED = ["اقرأ أيضاً:", "اقرأ أيضا", "إقرأ أيضاً:", "مقالات مشابهة", "أخبار قد تهمك", "اقرأ المزيد:"]
AR_META = ["كلمات دلالية: ", "المصدر: ", "الوسوم: "]

EN_EVENTS = [
    "{A} met {B} in {P} {D} to discuss bilateral cooperation",
    "{A} held talks with {B} {D} in {P}",
    "{A} will meet {B} {D} on the sidelines of a regional summit",
    "{A} visited {P} {D}, the first such trip in years",
    "{A} arrived in {P} {D} for an official visit",
    "{A} is due to visit {P} {D} at the invitation of {B}",
    "{A} hosted {B} {D} at a state residence near {P}",
    "{A} received {B} {D} in {P}",
    "{A} and {B} signed an agreement on energy and transport {D}",
    "{A} signed a memorandum of understanding with {B} in {P} {D}",
    "{A} spoke by phone with {B} {D} about the situation in {P}",
    "{A} said {D} that talks with {B} had been constructive",
    "{A} warned {D} that any attack on {C} would meet a firm response",
    "{A} threatened {D} to impose new sanctions on {C}",
    "{A} condemned the strike on {P} {D}",
    "{A} urged {B} {D} to return to negotiations",
    "{A} welcomed {D} the decision of {O} on {P}",
]
EN_EVENTS_STATE = [
    "{C} supplied {C2} with more than {N} million artillery shells, intelligence officials said {D}",
    "{C} sent around {N},000 troops to {P} {D}",
    "{C} forces attacked positions near {P} {D}, killing {N} people",
    "Missiles struck energy facilities in {P} {D}",
    "{C} accused {C2} {D} of breaching the ceasefire in {P}",
    "{C} and {C2} signed a comprehensive strategic partnership treaty {D}",
    "{P} hosted a new round of talks between {C} and {C2} {D}",
    "{O} expressed concern {D} over the escalation in {P}",
]
EN_LEADS = ["According to a foreign ministry statement, ", "State media reported that ", "Officials said ",
            "Separately, ", "Meanwhile, ", "", "", "", ""]
EN_FILLER = [
    "Analysts said the move reflects a shift in the regional balance of power",
    "There was no immediate official comment on the remarks",
    "The developments come amid rising tension in the region over recent months",
    "Both sides stressed the importance of continued coordination on issues of common interest",
    "The talks also covered trade, energy and food security",
    "Trade between the two countries has grown sharply, according to official estimates",
    "Diplomats described the meeting as positive and frank",
    "The opposition criticised the policy, calling it a surrender of national interests",
    "The parties are seeking a political settlement to end the crisis",
    "Logistical arrangements for the visit have been completed, the sources added",
]
EN_RELATED = ["Read also:", "Read also", "Related:", "Read more:", "You may also like"]


# ----------------------------------------------------------------------------------------------
def fill(r, tmpl, lang, pub, feminine):
    """Fill one sentence template; feminine None takes any source actor, else only that gender."""
    people = PEOPLE if feminine is None else [p for p in PEOPLE if p[4] == feminine]
    a = r.choice(people)
    b = r.choice(PEOPLE)
    while b is a:
        b = r.choice(PEOPLE)
    c, c2 = r.sample(COUNTRIES, 2)
    if lang == "ar":
        return tmpl.format(A=ar_person(r, a, r.random() < 0.6), B=ar_person(r, b, r.random() < 0.5),
                           P=ar_place(r), D=ar_date(r, pub), C=r.choice(c[1]), C2=r.choice(c2[1]),
                           O=r.choice(r.choice(ORGS)[1]), N=ar_num(r, r.randint(2, 120)))
    return tmpl.format(A=en_person(r, a, r.random() < 0.6), B=en_person(r, b, r.random() < 0.5),
                       P=en_place(r), D=en_date(r, pub), C=c[0], C2=c2[0], O=r.choice(ORGS)[0],
                       N=r.randint(2, 120))


def cap(s):
    return s[:1].upper() + s[1:]


def ar_sentence(r, pub):
    x = r.random()
    if x < 0.30:
        return r.choice(AR_FILLER) + "."
    if x < 0.45:
        body = fill(r, r.choice(AR_EVENTS_STATE), "ar", pub, None)
    elif x < 0.53:
        body = fill(r, r.choice(AR_EVENTS_F), "ar", pub, True)
    else:
        body = fill(r, r.choice(AR_EVENTS_M), "ar", pub, False)
    return r.choice(AR_LEADS) + body + "."


def en_sentence(r, pub):
    x = r.random()
    if x < 0.30:
        return r.choice(EN_FILLER) + "."
    if x < 0.50:
        body = fill(r, r.choice(EN_EVENTS_STATE), "en", pub, None)
    else:
        body = fill(r, r.choice(EN_EVENTS), "en", pub, None)
    lead = r.choice(EN_LEADS)
    return (lead + body if lead else cap(body)) + "."


def body_paragraphs(r, pub, lang, target_words):
    sent = ar_sentence if lang == "ar" else en_sentence
    paras, words = [], 0
    while words < target_words:
        p = " ".join(sent(r, pub) for _ in range(r.randint(1, 4)))
        paras.append(p)
        words += len(p.split())
    return paras


def related_block(r, pub, lang):
    sent = ar_sentence if lang == "ar" else en_sentence
    marker = r.choice(AR_RELATED if lang == "ar" else EN_RELATED)
    headline = sent(r, pub).rstrip(".")
    lines = [marker, headline[:90], sent(r, pub)]
    if r.random() < 0.4:
        lines.append(sent(r, pub))
    return "\n".join(lines)


def title_line(r, pub, lang):
    s = ar_sentence(r, pub) if lang == "ar" else en_sentence(r, pub)
    words = s.rstrip(".").split()
    return " ".join(words[: r.randint(6, 12)])


def article(r, pub, lang, source):
    """Return the text of one article."""
    target = int(r.triangular(150, 600, 320))
    parts = [title_line(r, pub, lang)]
    if r.random() < 0.25:
        if lang == "ar":
            parts.append("تاريخ النشر: %s %s %s" % (pub.day, MONTHS_EG[pub.month - 1], pub.year))
        else:
            parts.append("Published: %s %d, %d" % (MONTHS_EN[pub.month - 1], pub.day, pub.year))
    parts.extend(body_paragraphs(r, pub, lang, target))
    if r.random() < 0.35:
        parts.append(related_block(r, pub, lang))
    if lang == "ar" and r.random() < 0.2:
        parts.append(r.choice(AR_META) + source)
    return "\n\n".join(parts) + "\n"


def generate(seed, count, out):
    r = random.Random(seed)
    start = dt.date(2019, 1, 1)
    span = (dt.date(2025, 12, 31) - start).days
    rows = []
    for i in range(count):
        pub = start + dt.timedelta(days=r.randrange(span))
        lang = "ar" if r.random() < 0.70 else "en"
        source = r.choice(SOURCES_AR if lang == "ar" else SOURCES_EN)
        rel = "%03d/%06d.txt" % (i // 1000, i)
        path = os.path.join(out, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(article(r, pub, lang, source))
        rows.append("%s\t%s\t%s\t%s" % (rel, pub.isoformat(), source, lang))
    with open(os.path.join(out, "manifest.tsv"), "w", encoding="utf-8") as f:
        f.write("path\tdate\tsource\tlang\n")
        f.write("\n".join(rows) + "\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, required=True)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    if a.count < 0:
        ap.error("--count must be >= 0")
    generate(a.seed, a.count, a.out)


if __name__ == "__main__":
    main()
