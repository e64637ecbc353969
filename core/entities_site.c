/*
 * entities_site.c - actors: named buildings and sites.
 *
 * Owns the new LOC entities of a named site: a Latin name before or after
 * a site noun ("Al-Aqsa Mosque", "the Shifa hospital"), a city's site, an
 * Arabic site noun with a person's or definite words (arabic_site_at,
 * site_nouns), a land feature (islands, peninsula, corridor) and a foreign
 * name, a place in brackets after a name (paren_place_at).
 * Reads keys (entities_key.c); writes through entities_mention.c; called
 * from unlisted_at (entities_unlisted.c).
 */
#include "entities_int.h"

#include <stdio.h>

/* A noun that ends the English name of a building or site: "Bellevue
 * Palace", "Hassan II Mosque", "Nevatim Air Base".  2 for the nouns that
 * may also open the name before "of" ("the Port of Aden", "the Tomb of the
 * Unknown Soldier"); 1 for the others ("Church of England" is a body);
 * 0 for any other word. */
static int latin_site_head(const evg_doc *d, int32_t k)
{
    static const char *const of[] = {"palace", "mosque", "cathedral", "basilica", "shrine", "mausoleum",
                                     "tomb", "museum", "port"};
    static const char *const end[] = {"church", "temple", "synagogue", "memorial", "monument", "airport",
                                      "airbase", "base", "harbour", "harbor", "square", "stadium", "bridge",
                                      "dam", "prison", "refinery", "terminal", "castle", "fortress", "barracks",
                                      "tower", "citadel", "hotel", "gate", "theatre", "theater", "arena",
                                      "cemetery", "house", "villa", "monastery", "abbey", "convent", "station"};
    if ((size_t)k >= d->tokens.n || d->tokens.v[k].script != EVG_SCRIPT_LATN || !(d->tokens.v[k].flags & EVG_TOKF_CAP))
        return 0;
    if (evg_tok_is(d, (size_t)k, "hall")) /* "Belgrade City Hall"; "Stuart Hall" is a person */
        return k > 0 && (evg_tok_is(d, (size_t)k - 1, "city") || evg_tok_is(d, (size_t)k - 1, "town")) &&
               (d->tokens.v[k - 1].flags & EVG_TOKF_CAP);
    for (size_t h = 0; h < sizeof of / sizeof *of; h++)
        if (evg_tok_is(d, (size_t)k, of[h])) return 2;
    for (size_t h = 0; h < sizeof end / sizeof *end; h++)
        if (evg_tok_is(d, (size_t)k, end[h])) return 1;
    return 0;
}

/* "metro station", "railway station": token k is a noun of transport
 * in lower case and the next word "station", in the same sentence.  A
 * bare "station" is left out ("the Fox station" is a broadcaster). */
static int transport_station(const evg_doc *d, int32_t k)
{
    static const char *const mode[] = {"metro", "subway", "underground", "railway", "rail", "train", "bus", "tram"};
    if ((size_t)k + 1 >= d->tokens.n || (d->tokens.v[k].flags & EVG_TOKF_CAP) ||
        !evg_tok_is(d, (size_t)k + 1, "station") || d->tokens.v[k].sent != d->tokens.v[k + 1].sent)
        return 0;
    return evg_tok_in_static(d, (size_t)k, mode, sizeof mode / sizeof *mode, EVG_WS_PLAIN);
}

/* Is token k a site noun in any case ("stadium", "Stadium"), or the
 * transport word before "station" (transport_station)? */
static int latin_site_noun(const evg_doc *d, int32_t k)
{
    static const char *const noun[] = {"palace", "mosque", "cathedral", "church", "shrine", "mausoleum", "museum",
                                       "memorial", "monument", "airport", "airbase", "stadium", "prison", "refinery",
                                       "hotel", "square", "monastery", "abbey", "convent"};
    if ((size_t)k >= d->tokens.n || d->tokens.v[k].script != EVG_SCRIPT_LATN) return 0;
    for (size_t h = 0; h < sizeof noun / sizeof *noun; h++)
        if (evg_tok_is(d, (size_t)k, noun[h])) return 1;
    return transport_station(d, k);
}

static int32_t latin_site_before_noun(scan *st, int32_t i, int32_t end);

/* The country of a listed place or a demonym that opens a site name at i
 * ("Tartus Port", "Syrian ... "), "" for none; the place's span in *m
 * (m->end == i when none). */
static const char *site_owner(const scan *st, int32_t i, int32_t head, span *m)
{
    if (evg_ent_match_at(st, i, GAZ_NAME | GAZ_DEMONYM, m) && m->end <= head) {
        const gaz_entry *e = &st->g->ents.v[st->g->keys.v[m->key].target];
        if (st->g->keys.v[m->key].kind == GAZ_DEMONYM || !strcmp(e->type, "GPE")) return e->country;
    }
    m->end = i;
    return "";
}

/* "Mombasa Port", "the Port of Mombasa": a site named by a listed city
 * alone (the span m) is the entity "<city id>-<noun>" that the Arabic
 * "ميناء مومباسا" names too (evg_ent_arabic_site_at), named as written; -1 if m is
 * NULL or no city. */
static int32_t city_site(scan *st, int32_t i, int32_t end, int32_t head, const span *m)
{
    const evg_doc *d = st->d;
    if (!m || st->g->keys.v[m->key].kind != GAZ_NAME) return -1;
    const gaz_entry *e = &st->g->ents.v[st->g->keys.v[m->key].target];
    if (e->is_country || strcmp(e->type, "GPE") != 0 || !*e->country) return -1;
    char id[256], en[256];
    size_t n;
    const char *s = evg_ent_tok_str(d, head, &n);
    snprintf(id, sizeof id, "%s-%.*s", e->id, (int)n, s);
    for (char *p = id; *p; p++) *p = (char)(*p >= 'A' && *p <= 'Z' ? *p + 32 : *p);
    int32_t ent = evg_ent_entity_by_id(st, id);
    if (ent >= 0) return ent;
    int32_t os = d->tokens.v[i].os, oe = d->tokens.v[end - 1].oe;
    snprintf(en, sizeof en, "%.*s", (int)(oe - os), d->raw.p + os);
    return evg_ent_body_entity(st, id, en, "LOC", e->country, "", os, oe);
}

/* "Bellevue Palace", "Founder's Memorial", "the Presidential Palace", "the
 * Port of Tartus": a run of capitalised words that ends in a site noun, or
 * goes on after it with "of", is a new place (LOC), unless the gazetteer
 * lists the whole run.  A listed place that opens it gives the country and
 * is named as well.  The end, or -1. */
int32_t evg_ent_latin_site_at(scan *st, int32_t i)
{
    const evg_doc *d = st->d;
    int words, kind = 0;
    span m;
    if (!evg_ent_cap_word(st, i) || (evg_ent_cap_word(st, i - 1) && evg_ent_same_sent(d, i - 1, i))) return -1;
    int32_t end = i + 1, head;
    while (end < i + 8 && evg_ent_same_sent(d, i, end) && !latin_site_head(d, end - 1) && evg_ent_cap_word(st, end)) end++;
    if (!(kind = latin_site_head(d, end - 1)) && evg_ent_same_sent(d, i, end) && latin_site_noun(d, end) &&
        !(d->tokens.v[end].flags & EVG_TOKF_CAP))
        return latin_site_before_noun(st, i, end); /* "the Zayed Sports City stadium" */
    if (!kind) return -1; /* the cheap test first */
    head = end - 1;
    end = evg_ent_cap_run(st, i, &words);
    if (end <= head) return -1;
    end = head + 1;
    if (kind == 2 && evg_tok_is(d, (size_t)head + 1, "of")) { /* "the Tomb of the Unknown Soldier" */
        int32_t j = head + 2 + evg_tok_is(d, (size_t)head + 2, "the");
        if (evg_ent_same_sent(d, head, j) && evg_ent_cap_word(st, j)) end = evg_ent_cap_run(st, j, &words);
    }
    if (head == i && end == head + 1) return -1; /* "Prison officials said" */
    if (evg_ent_match_at(st, i, GAZ_NAME, &m) && m.end >= end) return -1; /* listed: "Al Udeid Air Base" */
    span own, of = {0};
    const char *country = site_owner(st, i, head, &own);
    for (int32_t k = head + 2; k < end && !of.end; k++) /* "the Port of Tartus": Tartus too */
        if (evg_ent_match_at(st, k, GAZ_NAME, &m) && m.end <= end && evg_ent_place_key(st, &m)) of = m;
    if (!*country && of.end) country = st->g->ents.v[st->g->keys.v[of.key].target].country;
    int32_t ent = city_site(st, i, end, head, own.end > i && own.end == head ? &own : of.end == end ? &of : NULL);
    if (ent < 0) ent = evg_ent_new_entity(st, i, end, "LOC", country, "");
    if (ent < 0) return -1;
    evg_ent_add_mention(st, ent, i, end, d->tokens.v[i].os, d->tokens.v[end - 1].oe, EVG_MEN_NAME);
    if (own.end > i && st->g->keys.v[own.key].kind == GAZ_NAME) evg_ent_emit_key(st, &own, EVG_MEN_NAME);
    if (of.end) evg_ent_emit_key(st, &of, EVG_MEN_NAME);
    return end;
}

/* "the Zayed Sports City stadium", "the Evin prison": capitalised words
 * [i, end) nobody listed as a whole, right before a site noun in lower
 * case, are a new place (LOC) without the noun.  The end, or -1. */
static int32_t latin_site_before_noun(scan *st, int32_t i, int32_t end)
{
    span m;
    if (evg_ent_match_at(st, i, GAZ_NAME | GAZ_DEMONYM | GAZ_TITLE | GAZ_HONOR, &m)) return -1; /* "the Kremlin palace" */
    const char *country = site_owner(st, i, end, &m);
    if (m.end > i) return -1; /* "the Cairo airport": the city's own rule */
    int32_t ent = evg_ent_new_entity(st, i, end, "LOC", country, "");
    if (ent < 0) return -1;
    evg_ent_add_mention(st, ent, i, end, st->d->tokens.v[i].os, st->d->tokens.v[end - 1].oe, EVG_MEN_NAME);
    return end;
}

/* Arabic nouns of a building or site in the construct state, as folded,
 * with their English; named: 1 when definite name words may follow ("قصر
 * الوطن", "مقام الشهيد"), 2 when they may only with an adjective of the
 * site after them ("قاعدة الأمير سلطان الجوية": "قاعدة البيانات" is a
 * database), 0 when only a foreign word or a listed place may ("سجن
 * المتهمين" is jailing the accused), 3 and 4 for a feature of the land
 * named only by foreign words nobody listed ("جزر ناتونا", "ممر لوبيتو"; a
 * listed place after the noun is read alone): 3 for a feminine noun, after
 * which a word in ي is a name (an adjective would agree in ة: "جزر
 * صغيرة"), 4 for a masculine one, after which it is an adjective ("ممر
 * إنساني").  A hospital is named 2: "مستشفى كركوك المركزي", "مستشفى ناصر",
 * but "مستشفى الأطفال" (a children's hospital) names none. */
static const struct site_noun { const char *ar, *en; int named; } site_nouns[] = {
    {"قصر", "Palace", 1}, {"مسجد", "Mosque", 1}, {"جامع", "Mosque", 1}, {"ضريح", "Mausoleum", 1},
    {"مقام", "Shrine", 1}, {"كاتدراءيه", "Cathedral", 1}, {"كنيسه", "Church", 1}, {"متحف", "Museum", 1},
    {"قلعه", "Citadel", 1}, {"ميناء", "Port", 1}, {"مرفا", "Port", 1}, {"قاعده", "Base", 2},
    {"مطار", "Airport", 2}, {"فندق", "Hotel", 0}, {"سجن", "Prison", 0}, {"ملعب", "Stadium", 0},
    {"ساحه", "Square", 1}, {"ميدان", "Square", 1}, {"معبر", "Crossing", 1}, {"منفذ", "Crossing", 0},
    {"جزر", "Islands", 3}, {"جزيره", "Island", 3}, {"ممر", "Corridor", 4}, {"مستشفي", "Hospital", 2}};

/* "شبه جزيرة" (a peninsula): two words, read by peninsula_at. */
static const struct site_noun peninsula = {"شبه", "Peninsula", 3};

/* Adjectives that may close an Arabic site name, as folded, and their English. */
static const char *site_adjective(const evg_doc *d, int32_t k)
{
    static const struct { const char *ar, *en; } adj[] = {
        {"الدولي", "International"}, {"الجويه", "Air"}, {"الجوي", "Air"}, {"البحريه", "Naval"},
        {"البحري", "Naval"}, {"العسكريه", "Military"}, {"العسكري", "Military"}, {"الاسلامي", "Islamic"},
        {"الكبير", "Grand"}, {"الرءاسي", "Presidential"}, {"الملكي", "Royal"}, {"التجاري", "Commercial"},
        {"الحدودي", "Border"}, {"المركزي", "Central"}, {"المركزيه", "Central"}};
    for (size_t a = 0; a < sizeof adj / sizeof *adj; a++)
        if (evg_tok_is(d, (size_t)k, adj[a].ar)) return adj[a].en;
    return NULL;
}

/* The site noun of text s[0..n) (whole, else behind one of و ب ل ف: "بمقام"),
 * or NULL; *skip is 1 when a proclitic was left out. */
static const struct site_noun *site_noun_of(const char *s, size_t n, int *skip)
{
    for (*skip = 0; *skip < 2; ++*skip, s += 2, n -= 2) {
        for (size_t h = 0; h < sizeof site_nouns / sizeof *site_nouns; h++)
            if (evg_key_eq(site_nouns[h].ar, s, n)) return &site_nouns[h]; /* no strlen: hot */
        if (*skip || n <= 6 || !evg_ent_one_proclitic(s)) break;
    }
    return NULL;
}

/* The site noun of Arabic word i (site_noun_of its text), or NULL; the
 * answer is kept with the token's form (speed: once per distinct word). */
static const struct site_noun *site_noun_at(const evg_doc *d, int32_t i, int *skip)
{
    size_t n;
    const char *s = evg_ent_tok_str(d, i, &n);
    if (d->tokens.v[i].kind != EVG_TOK_WORD || d->tokens.v[i].script != EVG_SCRIPT_ARAB) return NULL;
    evg_form *f = evg_tok_form(d, (size_t)i);
    if (!f) return site_noun_of(s, n, skip);
    if (!f->ent_site) {
        const struct site_noun *sn = site_noun_of(s, n, skip);
        f->ent_site = (uint8_t)(sn ? 2 + 2 * (sn - site_nouns) + *skip : 1);
    }
    if (f->ent_site == 1) return NULL;
    *skip = (f->ent_site - 2) & 1;
    return &site_nouns[(f->ent_site - 2) >> 1];
}

/* Is token k, whole, an Arabic noun of a building or site (مطار, فندق)? */
int evg_ent_site_noun_word(const evg_doc *d, int32_t k)
{
    int skip;
    return (size_t)k < d->tokens.n && site_noun_at(d, k, &skip) && !skip;
}

/* "قاعدة لسلاح الجو", "مصنع لأسطول المحيط": token k is ل ("for") and an
 * indefinite noun in the construct state before a definite genitive that
 * is no adjective of the site: whose the site is, no name of it ("مطار
 * لوتون الدولي" keeps its name). */
static int for_genitive(const scan *st, int32_t k)
{
    size_t n, g;
    const evg_doc *d = st->d;
    const char *s = evg_ent_tok_str(d, k, &n);
    if (n < 6 || memcmp(s, "ل", 2) != 0 || !memcmp(s, "ال", 4) || (size_t)k + 1 >= d->tokens.n || !evg_ent_same_sent(d, k, k + 1))
        return 0;
    const char *w = evg_ent_tok_str(d, k + 1, &g);
    return d->tokens.v[k + 1].kind == EVG_TOK_WORD && g > 4 && !memcmp(w, "ال", 4) && !site_adjective(d, k + 1);
}

/* Is folded word s[0..n) an indefinite masculine adjective in the
 * accusative, its ending ا written: a nisba in يا or the pattern فعيلا
 * ("افتتح مستشفى جامعيا", "مستشفى جديدا": a noun in ى shows no case of its
 * own)?  Not a word in م ("ماندا" is a name). */
static int accusative_adjective(const char *s, size_t n)
{
    if (n <= 8 || memcmp(s + n - 2, "ا", 2) != 0) return 0;
    if (!memcmp(s + n - 4, "ي", 2)) return 1;
    return n == 10 && evg_ent_count_letters(s, n - 2) == 4 && !memcmp(s + 4, "ي", 2);
}

/* May token k be a word of a foreign or proper site name ("نيفاتيم",
 * "هواري بومدين"): an indefinite word nobody listed that has no shape of
 * an adjective, a plural in ات or a noun in ة. */
int evg_ent_site_name_word(const scan *st, int32_t first, int32_t k)
{
    static const char *const where[] = {"شمال", "جنوب", "شرق", "غرب", "وسط", "قرب", "داخل", "خارج", "قبال",
                                        "قباله", "بين", "عند", "حول", "نحو"};
    size_t n;
    span fm;
    if (!evg_ent_place_word_ok(st, first, k, 1)) return 0; /* first: it checks k is inside the document */
    const char *s = evg_ent_tok_str(st->d, k, &n);
    if ((n > 4 && !memcmp(s, "ال", 4)) || site_adjective(st->d, k)) return 0;
    if ((k == first + 1 && (evg_ent_masculine_adjective(s, n) || accusative_adjective(s, n))) || !memcmp(s + n - 2, "ه", 2) ||
        (n > 4 && !memcmp(s + n - 4, "ات", 4)) || evg_ar_verb_shape(s, n, EVG_VS_INFLECTED))
        return 0; /* "مطار عسكري"; a later word may end in ي ("ليوناردو دافنشي") */
    if (evg_tok_in_static(st->d, (size_t)k, where, sizeof where / sizeof *where, EVG_WS_PLAIN)) return 0;
    if (for_genitive(st, k)) return 0;
    return !evg_ent_fuzzy_match(st, k, &fm);
}

/* "شبه جزيرة أفونجي", "وشبه جزيرة": token i is شبه (also behind one of و
 * ب ل ف, *skip = 1) and the next word, in the same sentence, جزيرة. */
static int peninsula_at(const evg_doc *d, int32_t i, int *skip)
{
    size_t n;
    if ((size_t)i + 1 >= d->tokens.n || d->tokens.v[i].script != EVG_SCRIPT_ARAB || !evg_ent_same_sent(d, i, i + 1) ||
        !evg_tok_is(d, (size_t)i + 1, "جزيره"))
        return 0;
    const char *s = evg_ent_tok_str(d, i, &n);
    *skip = n == 8 && evg_ent_one_proclitic(s);
    return evg_key_eq("شبه", s + *skip * 2, n - (size_t)*skip * 2);
}

/* May token k (in i's sentence) be a foreign name word after the noun sn
 * at i?  As any site name word; after a land feature (named 3, 4) the
 * first word also: after a feminine noun it may end in ي ("جزر سبراتلي")
 * but not in ى (a feminine elative: "جزر أخرى", "جزيرة كبرى"); after a
 * masculine one it has four letters or more ("ممر آمن", "ممر ضيق" are
 * adjectives of three root letters), and so has any later word. */
static int feature_name_word(const scan *st, const struct site_noun *sn, int32_t i, int32_t k)
{
    if (sn->named < 3) return evg_ent_site_name_word(st, i, k);
    if (!evg_ent_same_sent(st->d, i, k)) return 0; /* k may be past the document's last token */
    size_t n;
    const char *s = evg_ent_tok_str(st->d, k, &n);
    if (k > i + 1) /* a short word after the name is a verb or a particle ("جزر ناتونا تقع ضمن") */
        return evg_ent_count_letters(s, n) >= 4 && evg_ent_site_name_word(st, i, k);
    if (sn->named == 4) return evg_ent_count_letters(s, n) >= 4 && evg_ent_site_name_word(st, i, k);
    return !evg_ent_orig_ends_in(st->d, k, "ى") && evg_ent_site_name_word(st, k, k);
}

/* The end of a person's name that names a site from k: a rank or a title
 * of rule and one or two name words ("الملك فيصل", "الأمير سلطان", "الشيخ
 * زايد"), or a given name and the rest of the name ("موفق السلطي"); k
 * when there is none. */
static int32_t site_person_words(const scan *st, int32_t first, int32_t k)
{
    span m;
    int32_t e = k, skip;
    if (evg_ent_match_at(st, k, GAZ_HONOR | GAZ_TITLE, &m) && m.end == k + 1) {
        e = k + 1;
        while (e < k + 3 && evg_ent_same_sent(st->d, k, e) && st->d->tokens.v[e].script == EVG_SCRIPT_ARAB &&
               (evg_ent_given_name(st, e, &skip) || evg_ent_site_name_word(st, first, e)) && !skip)
            e++;
        if (e > k + 1 && evg_ent_same_sent(st->d, k, e) && evg_ent_ordinal_word(st->d, e)) e++; /* "الملك محمد الخامس" */
        return e > k + 1 ? e : k;
    }
    if (!evg_ent_given_name(st, k, &skip) || skip || !evg_ent_unknown_name(st, k, &e) || e > k + 3) return k;
    return e;
}

/* The definite name words of a site from k ("الوطن", "الحسن الثاني"): one
 * word nobody listed, and a second when it is an ordinal or a nisba
 * ("الثاني"); their end, or k. */
static int32_t site_definite_words(const scan *st, int32_t first, int32_t k)
{
    /* idioms ("قصر النظر" short sight, "في مقام الرد") and the nouns of a
     * place in general ("مسجد القرية" is the village's mosque, no name) */
    static const char *const common[] = {"النظر", "الرد", "القول", "الحديث", "الكلام", "القريه", "المدينه",
                                         "الحي", "البلده", "المخيم", "المنطقه", "العاصمه", "الدوله", "البلاد",
                                         "المعركه", "القتال", "الحرب", "الحدود", "المدرسه", "الجامعه"};
    size_t n;
    if (!evg_ent_place_word_ok(st, first, k, 1)) return k; /* first: it checks k is inside the document */
    const char *s = evg_ent_tok_str(st->d, k, &n);
    if (n <= 4 || memcmp(s, "ال", 4) != 0 || site_adjective(st->d, k) ||
        evg_ent_descriptive_adjective(st, k) || evg_ar_verb_shape(s, n, EVG_VS_INFLECTED) ||
        evg_tok_in_static(st->d, (size_t)k, common, sizeof common / sizeof *common, EVG_WS_PLAIN))
        return k;
    if (first > 0 && evg_ent_same_sent(st->d, first - 1, first) && evg_tok_is(st->d, (size_t)first - 1, "في") &&
        evg_tok_is(st->d, (size_t)first, "مقام"))
        return k; /* "ليست في مقام ..." (in a position to) */
    if (!evg_ent_place_word_ok(st, first, k + 1, 1)) return k + 1;
    s = evg_ent_tok_str(st->d, k + 1, &n);
    if (!site_adjective(st->d, k + 1) && n > 6 && !memcmp(s, "ال", 4) && !memcmp(s + n - 2, "ي", 2))
        return k + 2;
    return k + 1;
}

/* English name of an Arabic site: the Latin name words (the listed
 * place's English name, else the transliteration of [a, b)), the
 * adjectives' English from b to end, the noun's English. */
static void site_name_en(scan *st, const char *place_en, int32_t a, int32_t b, int32_t end,
                         const struct site_noun *sn, char *out, size_t cap)
{
    const evg_doc *d = st->d;
    char lat[256] = "";
    if (place_en) snprintf(lat, sizeof lat, "%s", place_en);
    else evg_ent_latin_name(st->g, d, a, b, d->tokens.v[a].os, "", lat, sizeof lat);
    size_t o = (size_t)snprintf(out, cap, "%s", lat);
    for (int32_t k = b; k < end && o < cap; k++) o += (size_t)snprintf(out + o, cap - o, " %s", site_adjective(d, k));
    if (o < cap) snprintf(out + o, cap - o, " %s", sn->en);
}

/* The end of a site's name after its noun at i: a listed city or person
 * (*owner, its key in *m), else a person's, foreign or definite name
 * words; i + 1 when there are none, -1 when the owner does not fit. */
static int32_t arabic_site_name(const gaz_entry **owner, span *m, scan *st, const struct site_noun *sn, int32_t i)
{
    const evg_doc *d = st->d;
    int32_t c = i + 1, e = c;
    int named = sn->named == 1 || sn->named == 2; /* persons' and definite names may follow */
    if (evg_ent_match_at(st, c, GAZ_NAME, m)) {
        if (sn->named >= 3) return -1; /* "جزيرة كريت": the listed place alone */
        *owner = &st->g->ents.v[st->g->keys.v[m->key].target];
        if ((*owner)->is_country || (strcmp((*owner)->type, "GPE") && strcmp((*owner)->type, "PER")) ||
            (!strcmp((*owner)->type, "PER") && sn->named != 1))
            return -1;
        e = m->end;
    } else {
        if (named) e = site_person_words(st, i, c); /* "مسجد الملك فيصل", "قاعدة موفق السلطي" */
        if (e == c)
            while (e < c + 3 && feature_name_word(st, sn, i, e)) e++;
        if (e == c + 1 && sn->named == 1 && evg_ent_same_sent(d, i, e + 1)) /* "معبر باب الهوى": a construct name */
            e = site_definite_words(st, i, e);
        if (e == c && named) e = site_definite_words(st, i, c);
    }
    return e > c ? evg_ent_hyphen_tail(d, e) : e; /* "ساحة كارا-سو" */
}

/* "قصر الوطن", "بمقام الشهيد", "قاعدة نيفاتيم الجوية", "مطار هواري بومدين
 * الدولي", "ميناء جدة الإسلامي": a site noun, its name (one to three
 * foreign words nobody listed, a listed city or person, or for some nouns
 * definite name words) and the site's adjectives is a place (LOC): one of
 * the city's country named "<City> <Noun>" (the city is named too), else
 * a new one.  Not when the gazetteer lists the words from the noun on.
 * The end, or -1. */
int32_t evg_ent_arabic_site_at(scan *st, int32_t i)
{
    const evg_doc *d = st->d;
    int skip;
    span m;
    const struct site_noun *sn = site_noun_at(d, i, &skip);
    int32_t noun_first = i; /* the noun's first word (شبه of شبه جزيرة) */
    if (!sn && peninsula_at(d, i, &skip)) sn = &peninsula, i++;
    int32_t c = i + 1, e = c, end;
    if (!sn || !evg_ent_same_sent(d, i, c) || evg_ent_match_at(st, noun_first, GAZ_NAME, &m)) return -1;
    const gaz_entry *owner = NULL;
    e = arabic_site_name(&owner, &m, st, sn, i);
    if (e < 0) return -1;
    if (e == c) return -1;
    end = e;
    while (end < e + 2 && evg_ent_same_sent(d, i, end) && site_adjective(d, end)) end++;
    size_t cn;
    const char *cs = evg_ent_tok_str(d, c, &cn);
    span hm;
    int definite = !owner && cn > 4 && !memcmp(cs, "ال", 4) && !evg_ent_match_at(st, c, GAZ_HONOR | GAZ_TITLE, &hm);
    if (definite && sn->named == 2 && end == e) return -1; /* "قاعدة البيانات" */
    int32_t os = evg_ent_orig_after_letters(d, &d->tokens.v[noun_first], skip), oe = d->tokens.v[end - 1].oe, ent;
    char en[256];
    site_name_en(st, owner ? owner->name_en : NULL, c, e, end, sn, en, sizeof en);
    if (owner && !strcmp(owner->type, "GPE")) {
        char id[256];
        snprintf(id, sizeof id, "%s-%s", owner->id, sn->en);
        for (char *p = id; *p; p++) *p = (char)(*p >= 'A' && *p <= 'Z' ? *p + 32 : *p);
        if ((ent = evg_ent_entity_by_id(st, id)) < 0) ent = evg_ent_body_entity(st, id, en, "LOC", owner->country, "", os, oe);
    } else if ((ent = evg_ent_new_entity_at(st, noun_first, end, os, "LOC", owner ? owner->country : "", "")) >= 0 &&
               st->d->entities.v[ent].first_mention < 0) {
        if (definite && (!strcmp(sn->en, "Square") || !strcmp(sn->en, "Crossing"))) { /* "Tahrir Square" */
            char lat[256] = "";
            evg_ent_latin_name(st->g, d, c, e, d->tokens.v[c].os, "", lat, sizeof lat);
            const char *w = !strncmp(lat, "al-", 3) || !strncmp(lat, "Al-", 3) ? lat + 3 : lat;
            if (w[0]) snprintf(en, sizeof en, "%c%s %s", w[0] >= 'a' && w[0] <= 'z' ? w[0] - 32 : w[0], w + 1, sn->en);
        } else if (definite) evg_ent_latin_name(st->g, d, i, end, os, "", en, sizeof en); /* "Qasr al-Watan" */
        st->d->entities.v[ent].name_en = evg_arena_strdup(st->d->arena, en); /* "Nevatim Air Base" */
    }
    if (ent < 0) return -1;
    evg_ent_add_mention(st, ent, noun_first, end, os, oe, EVG_MEN_NAME);
    if (owner && !strcmp(owner->type, "GPE")) evg_ent_emit_key(st, &m, EVG_MEN_NAME);
    return end;
}

/* "الصخيرات (المغرب) -", "SKHIRAT (Morocco) -": in a dateline (the words open
 * their sentence and a dash or colon follows the parenthesis), one word
 * nobody listed (two capitalised Latin words) followed by a listed country
 * in parentheses is a place of that country; elsewhere "بنزيمة (فرنسا)" is
 * a player and his team.  The end of the place, or -1. */
int32_t evg_ent_paren_place_at(scan *st, int32_t i)
{
    const evg_doc *d = st->d;
    span m;
    int32_t e = i + 1;
    if ((size_t)i + 4 > d->tokens.n || d->tokens.v[i].kind != EVG_TOK_WORD) return -1;
    if (!evg_tok_is(d, (size_t)i + 1, "(") && !evg_tok_is(d, (size_t)i + 2, "(")) return -1; /* speed */
    if (i > 0 && d->tokens.v[i - 1].sent == d->tokens.v[i].sent) return -1; /* not a dateline */
    int skip;
    if (evg_ent_given_name(st, i, &skip)) return -1; /* "قال حسن (مصر)": a person */
    if (evg_ent_match_at(st, i, GAZ_NAME, &m)) return -1; /* a listed name: the gazetteer reads it */
    if (d->tokens.v[i].script == EVG_SCRIPT_ARAB) {
        if (!evg_ent_place_word_ok(st, i, i, 1)) return -1;
    } else {
        if (!evg_ent_name_word_ok(st, i, 1)) return -1;
        if (evg_ent_name_word_ok(st, e, 1) && evg_ent_same_sent(d, i, e)) e++;
    }
    if ((size_t)e + 3 > d->tokens.n || !evg_tok_is(d, (size_t)e, "(") || !evg_ent_same_sent(d, i, e + 1) ||
        !evg_ent_match_at(st, e + 1, GAZ_NAME, &m) || !st->g->ents.v[st->g->keys.v[m.key].target].is_country ||
        (size_t)m.end + 1 >= d->tokens.n || !evg_tok_is(d, (size_t)m.end, ")") || !evg_ent_dateline_dash(d, m.end + 1))
        return -1;
    int32_t ent = evg_ent_new_entity(st, i, e, "GPE", st->g->ents.v[st->g->keys.v[m.key].target].country, "");
    if (ent < 0) return -1;
    if (d->entities.v[ent].first_mention < 0 && d->tokens.v[i].script == EVG_SCRIPT_ARAB) {
        char en[256]; /* "الصخيرات" -> "Skhyrat": a town's name drops the article */
        evg_ent_latin_name(st->g, d, i, e, d->tokens.v[i].os, "", en, sizeof en);
        const char *w = !strncmp(en, "al-", 3) || !strncmp(en, "Al-", 3) ? en + 3 : en;
        char out[256];
        snprintf(out, sizeof out, "%c%s", w[0] >= 'a' && w[0] <= 'z' ? w[0] - 32 : w[0], w[0] ? w + 1 : "");
        d->entities.v[ent].name_en = evg_arena_strdup(d->arena, out);
    }
    evg_ent_add_mention(st, ent, i, e, d->tokens.v[i].os, d->tokens.v[e - 1].oe, EVG_MEN_NAME);
    return e;
}
