/*
 * events_sentence.c - the working set of one sentence (struct sent,
 * events_int.h): clause boundaries and complementizers, the preposition
 * that introduces each entity mention (a separate word or a proclitic), the
 * actor candidates (dropping a country that only qualifies a person), the
 * trigger matches, the usable time expressions, the attribution cues, each
 * speech verb's speaker, and the clause window a trigger's actors are
 * looked for in; and the word tests the stage shares (a clause boundary, a
 * complementizer, a "first" or a superlative before "since": evt_since_measure).
 *
 * Reads the tokens, mentions and timexes of the earlier stages through the
 * run's maps (events.c); every later file of the stage reads the struct
 * sent it fills.
 */
#include "events_int.h"

#include <ctype.h>

/* ---- small token helpers ---- */

/* The full stop of a Latin abbreviation ("U.S.", "U.N.", "Mr.", "Gen."):
 * glued to a word of at most three letters that starts with a capital,
 * it closes no clause. */
static int abbrev_dot(const evg_doc *d, int32_t i)
{
    if (i == 0 || !tok_is(d, i, ".")) return 0;
    const evg_token *w = &d->tokens.v[i - 1];
    return w->kind == EVG_TOK_WORD && w->script == EVG_SCRIPT_LATN && (w->flags & EVG_TOKF_CAP) &&
           w->oe == d->tokens.v[i].os && w->fe - w->fs <= 3;
}

int evt_is_punct_boundary(const evg_doc *d, int32_t i)
{
    static const char *const p[] = {"\xD8\x8C", ",", "\xD8\x9B", ";", ":", "(", ")", "!", "?",
                                    "\xD8\x9F", ".", "\xE2\x80\x93", "\xE2\x80\x94", NULL};
    /* quotation marks are not boundaries: headlines quote names ("“بوتين” يلتقي") */
    if (d->tokens.v[i].kind != EVG_TOK_PUNCT || !tok_in(d, i, p)) return 0;
    return !abbrev_dot(d, i);
}

/* "first", أول, and the feminine الأولى / أولى ("زيارة هي الأولى منذ",
 * "a visit, the first since"), with or without a proclitic: is token k an
 * ordinal "first"? */
static int first_word(const evg_doc *d, int32_t k)
{
    return tok_is(d, k, "first") || evt_tok_is_stem(d, k, "\xD8\xA7\xD9\x88\xD9\x84") || /* اول */
           evt_tok_is_stem(d, k, "\xD8\xA7\xD9\x88\xD9\x84\xD9\x8A") ||               /* اولي */
           tok_is(d, k, "\xD8\xA7\xD9\x84\xD8\xA7\xD9\x88\xD9\x84\xD9\x8A");        /* الاولي */
}

/* "the deadliest raid since 2002", "the biggest protest since 2019", "the
 * most serious clash since": an English superlative, either in -iest of
 * six letters or more (deadliest, heaviest, bloodiest, costliest) or one of
 * the irregular and -est forms news uses with "since" (not "priest", nor
 * the count "most of the troops since March").  Is token k one? */
static int english_superlative(const evg_doc *d, int32_t k)
{
    if (tok_is(d, k, "most")) return (size_t)k + 1 >= d->tokens.n || !tok_is(d, k + 1, "of");
    static const char *const w[] = {"worst", "biggest", "largest", "longest", "highest", "strongest",
                                    "greatest", "fiercest", "gravest", "sharpest", "severest", "harshest",
                                    "widest", "toughest", "lowest", "hottest", "coldest", "fastest", NULL};
    if (tok_in(d, k, w)) return 1;
    const evg_token *t = &d->tokens.v[k];
    size_t n = (size_t)(t->fe - t->fs);
    return n >= 6 && memcmp(d->fold + t->fs + n - 4, "iest", 4) == 0 && !tok_is(d, k, "priest");
}

/* "في أعنف هجوم ... منذ عام 2011", "في أكبر قافلة منذ", "هي الأسوأ منذ",
 * "الأكثر دموية منذ": an Arabic superlative (the elative أفعل, with or
 * without ال and a proclitic) measures this act against the last one as
 * great, as "first" does.  Bare أكثر ("more than") is left out: "قتل أكثر
 * من عشرين منذ الأحد" tells when the killing began, and so is a word of a
 * name ("رئيس المجلس الأعلى للدولة منذ يوليو").  Is token k one? */
static int elative_word(const evg_doc *d, int32_t k)
{
    if (evt_in_timex_or_name(d, k)) return 0;
    static const char *const el[] = {
        "\xD8\xA7\xD8\xB9\xD9\x86\xD9\x81", "\xD8\xA7\xD9\x83\xD8\xA8\xD8\xB1",         /* اعنف اكبر */
        "\xD8\xA7\xD8\xB3\xD9\x88\xD8\xA7", "\xD8\xA7\xD8\xAE\xD8\xB7\xD8\xB1",         /* اسوا اخطر */
        "\xD8\xA7\xD8\xB7\xD9\x88\xD9\x84", "\xD8\xA7\xD9\x82\xD9\x88\xD9\x8A",         /* اطول اقوي */
        "\xD8\xA7\xD8\xB4\xD8\xAF", "\xD8\xA7\xD8\xB6\xD8\xAE\xD9\x85",                 /* اشد اضخم */
        "\xD8\xA7\xD9\x88\xD8\xB3\xD8\xB9", "\xD8\xA7\xD8\xAF\xD9\x85\xD9\x8A",         /* اوسع ادمي */
        "\xD8\xA7\xD9\x81\xD8\xAF\xD8\xAD", "\xD8\xA7\xD8\xB9\xD9\x84\xD9\x8A",         /* افدح اعلي */
        "\xD8\xA7\xD8\xAF\xD9\x86\xD9\x8A", "\xD8\xA7\xD9\x84\xD8\xA7\xD9\x83\xD8\xAB\xD8\xB1", /* ادني الاكثر */
        NULL};
    if (d->tokens.v[k].script == EVG_SCRIPT_LATN) return english_superlative(d, k);
    if (d->tokens.v[k].script != EVG_SCRIPT_ARAB) return 0;
    for (int i = 0; el[i]; i++)
        if (evt_tok_is_stem(d, k, el[i])) return 1;
    return 0;
}

/* Does token k measure an act against the last one as great, an ordinal
 * "first" or a superlative ("the first visit since", "أعنف هجوم منذ")?  The
 * date after "since"/منذ then tells when the last such act was, not when
 * this one happened (events_date.c). */
int evt_since_measure(const evg_doc *d, int32_t k)
{
    return first_word(d, k) || elative_word(d, k);
}

/* Where a quotation or a colon opens: the speaker of a speech verb stands before it. */
int evt_is_quote_open(const evg_doc *d, int32_t i)
{
    static const char *const p[] = {":", "\"", "\xC2\xAB", "\xE2\x80\x9C", NULL};
    return d->tokens.v[i].kind == EVG_TOK_PUNCT && tok_in(d, i, p);
}

/* Complementizers and clause openers: a new clause with its own subject. */
int evt_is_complementizer(const evg_doc *d, int32_t i)
{
    static const char *const w[] = {"\xD8\xA7\xD9\x86", "\xD8\xA7\xD9\x86\xD9\x87",
                                    "\xD8\xA7\xD9\x86\xD9\x87\xD8\xA7",
                                    "\xD8\xA7\xD9\x86\xD9\x87\xD9\x85",
                                    "\xD8\xA8\xD8\xA7\xD9\x86", "\xD9\x88\xD8\xA7\xD9\x86",
                                    "\xD8\xAD\xD9\x8A\xD8\xAB", "\xD8\xA8\xD9\x8A\xD9\x86\xD9\x85\xD8\xA7",
                                    "\xD9\x84\xD9\x83\xD9\x86", "\xD8\xA7\xD8\xB0", "that", "while",
                                    "but", "which", "whereas",
                                    "\xD8\xA8\xD8\xB9\xD8\xAF\xD9\x85\xD8\xA7",  /* بعدما */
                                    "\xD8\xB9\xD9\x86\xD8\xAF\xD9\x85\xD8\xA7",  /* عندما */
                                    "\xD8\xAD\xD9\x8A\xD9\x86\xD9\x85\xD8\xA7", NULL}; /* حينما */
    /* ان انه انها انهم بان وان حيث بينما لكن اذ; بعدما عندما حينما open a clause
     * with its own verb and date */
    if (!d->evt_key_memo || i < 0 || (size_t)i >= d->tokens.n) return tok_in(d, i, w);
    uint8_t *m = evg_evt_memo(d, (size_t)i); /* speed: asked once per token (bit 8), answer in bit 16 */
    if (!(*m & 8)) *m |= (uint8_t)(8 | (tok_in(d, i, w) ? 16 : 0));
    return (*m & 16) != 0;
}

/* ان/انه with a pronoun: "قال X إنه سيزور" - the speaker is the subject. */
int evt_is_pronoun_complementizer(const evg_doc *d, int32_t i)
{
    static const char *const w[] = {"\xD8\xA7\xD9\x86\xD9\x87", "\xD8\xA7\xD9\x86\xD9\x87\xD8\xA7",
                                    "\xD8\xA7\xD9\x86\xD9\x87\xD9\x85", "he", "she", "it",
                                    "they", NULL};
    return tok_in(d, i, w);
}

/* Subordinators open a clause of their own (بعد عقب after before when). */
int evt_is_subordinator(const evg_doc *d, int32_t i)
{
    static const char *const w[] = {"\xD8\xA8\xD8\xB9\xD8\xAF", "\xD8\xB9\xD9\x82\xD8\xA8",
                                    "after", "before", "when", "as", NULL};
    return tok_in(d, i, w);
}

static int is_boundary(const evg_doc *d, int32_t i)
{
    /* speed: asked once per distinct form, except the full stop, whose answer
     * depends on the word before it (abbrev_dot) */
    evg_form *f = i >= 0 && !tok_is(d, i, ".") ? evg_tok_form(d, (size_t)i) : NULL;
    if (f && f->evt_b) return f->evt_b - 1;
    int b = evt_is_punct_boundary(d, i) || evt_is_complementizer(d, i) || evt_is_subordinator(d, i);
    if (f) f->evt_b = (uint8_t)(1 + b);
    return b;
}

/* ---- prepositions ---- */

int evt_prep_word(const evg_doc *d, int32_t i)
{
    static const struct { const char *w; int p; } tab[] = {
        {"\xD9\x85\xD8\xB9", PREP_WITH}, {"with", PREP_WITH},                 /* مع */
        {"\xD8\xA7\xD9\x84\xD9\x8A", PREP_TO}, {"to", PREP_TO},               /* الي */
        {"\xD8\xB6\xD8\xAF", PREP_TO}, {"against", PREP_TO},                  /* ضد */
        {"\xD9\x81\xD9\x8A", PREP_IN}, {"in", PREP_IN}, {"at", PREP_IN},      /* في */
        {"near", PREP_IN}, {"into", PREP_TO}, {"alongside", PREP_WITH}, {"\xD8\xAF\xD8\xA7\xD8\xAE\xD9\x84", PREP_IN},     /* داخل */
        {"\xD8\xA7\xD9\x85\xD8\xA7\xD9\x85", PREP_IN}, {"outside", PREP_IN},  /* امام: in front of */
        {"\xD9\x85\xD9\x86", PREP_FROM}, {"from", PREP_FROM},                 /* من */
        {"\xD8\xB9\xD9\x86", PREP_FROM},                                      /* عن */
        {"\xD8\xB9\xD9\x84\xD9\x8A", PREP_ON}, {"on", PREP_ON},               /* علي */
        {"of", PREP_OTHER}, {"for", PREP_OTHER}, {"about", PREP_OTHER}, {"by", PREP_OTHER},
        {"\xD9\x88", PREP_AND}, {"and", PREP_AND},                            /* و */
        {"\xD8\xA8\xD9\x8A\xD9\x86", PREP_BETWEEN}, {"between", PREP_BETWEEN}, /* بين */
        {NULL, 0}};
    for (int k = 0; tab[k].w; k++)
        if (tok_is(d, i, tab[k].w)) return tab[k].p;
    return -1;
}

/* Is token i one of the Arabic prepositions written as words of their own
 * (folded: في من الي علي عن مع)?  Narrower than evt_prep_word, whose words
 * امام (also إمام, an imam), بين, داخل and ضد may spell a noun of a name or a
 * title: this is for the tests that ask whether a word opens a phrase of a
 * preposition rather than a name. */
int evt_ar_preposition(const evg_doc *d, int32_t i)
{
    static const char *const w[] = {"\xD9\x81\xD9\x8A", "\xD9\x85\xD9\x86", "\xD8\xA7\xD9\x84\xD9\x8A", /* في من الي */
                                    "\xD8\xB9\xD9\x84\xD9\x8A", "\xD8\xB9\xD9\x86", "\xD9\x85\xD8\xB9", NULL};   /* علي عن مع */
    return tok_in(d, i, w);
}

/* Place nouns that may stand between في and a place name ("في منتجع وونسان"). */
static int is_place_noun(const evg_doc *d, int32_t i)
{
    static const char *const w[] = {
        "\xD9\x85\xD9\x86\xD8\xAA\xD8\xAC\xD8\xB9", "\xD9\x85\xD8\xAF\xD9\x8A\xD9\x86\xD9\x87",
        "\xD9\x82\xD8\xA7\xD8\xB9\xD8\xAF\xD9\x87", "\xD8\xB9\xD8\xA7\xD8\xB5\xD9\x85\xD9\x87",
        "\xD9\x85\xD9\x82\xD8\xA7\xD8\xB7\xD8\xB9\xD9\x87", "\xD9\x85\xD9\x86\xD8\xB7\xD9\x82\xD9\x87",
        "\xD8\xAC\xD8\xB2\xD9\x8A\xD8\xB1\xD9\x87", "\xD9\x85\xD9\x8A\xD9\x86\xD8\xA7\xD8\xA1",
        "\xD9\x85\xD8\xB1\xD9\x83\xD8\xB2", "\xD8\xAC\xD9\x86\xD9\x88\xD8\xA8",
        "\xD8\xB4\xD9\x85\xD8\xA7\xD9\x84", "\xD8\xB4\xD8\xB1\xD9\x82", "\xD8\xBA\xD8\xB1\xD8\xA8",
        "\xD9\x88\xD8\xB3\xD8\xB7", "\xD9\x85\xD9\x82\xD8\xB1", NULL};
    /* منتجع مدينه قاعده عاصمه مقاطعه منطقه جزيره ميناء مركز جنوب شمال شرق غرب وسط مقر */
    static const char *const en[] = {"city", "port", "base", "resort", "region", "province",
                                     "capital", "the", NULL};
    for (int k = 0; w[k]; k++)
        if (evt_tok_is_stem(d, i, w[k])) return 1;
    return tok_in(d, i, en);
}

/* The proclitic the entities stage left outside the mention (os > token os). */
static int clitic_prep(const evg_doc *d, const evg_mention *m)
{
    const evg_token *t = &d->tokens.v[m->tok_first];
    if (m->os <= t->os) return -1;
    const char *p = d->raw.p + t->os, *e = d->raw.p + m->os;
    int has_b = 0, has_l = 0, has_w = 0;
    for (; p + 1 < e; p++) {
        has_b |= p[0] == '\xD8' && p[1] == '\xA8';
        has_l |= p[0] == '\xD9' && p[1] == '\x84';
        has_w |= p[0] == '\xD9' && p[1] == '\x88';
    }
    if (has_b) return PREP_BI;
    if (has_l) return PREP_TO;
    return has_w ? PREP_AND : -1;
}

/* Leading proclitic on the mention's own first token when the entities stage
 * kept it inside the mention: compare the token with the entity's name. */
static int token_clitic_prep(const evg_doc *d, const cand *c)
{
    size_t n;
    const char *t = evg_tok_text(d, &d->tokens.v[c->first], &n);
    if (d->tokens.v[c->first].script != EVG_SCRIPT_ARAB || n < 6) return -1;
    if (memcmp(t, "\xD9\x85\xD8\xB9", 4) == 0) return -1;
    int lead_b = memcmp(t, "\xD8\xA8", 2) == 0, lead_l = memcmp(t, "\xD9\x84", 2) == 0;
    if (!lead_b && !lead_l) return -1;
    /* a clitic only when what follows it starts like the name ("بموسكو"),
     * not when the letter belongs to the name ("بيونج يانج" for the North) */
    int rest_is_name = c->e->name && strncmp(c->e->name, t + 2, 4) == 0;
    for (size_t k = 0; k < c->e->aliases.n; k++) {
        const char *a = c->e->aliases.v[k];
        if (a && strncmp(a, t, 2) == 0) return -1; /* the name itself starts so */
        rest_is_name |= a && strncmp(a, t + 2, 4) == 0;
    }
    if (c->e->name && strncmp(c->e->name, t, 2) == 0) return -1;
    if (!rest_is_name) return -1;
    return lead_b ? PREP_BI : PREP_TO;
}

/* "the leaders of France, Germany and Britain", "foreign ministers of X",
 * "thousands of Moroccans": "of" after a plural head naming a country's
 * representatives, or a count of its people, makes the country itself the
 * actor. */
static int group_of(const evg_doc *d, int32_t k)
{
    static const char *const heads[] = {"leaders", "heads", "ministers", "presidents", "governments",
                                        "members", "delegations", "representatives", "envoys",
                                        "officials", "diplomats", "thousands", "hundreds", "dozens",
                                        "tens", "scores", "millions", NULL};
    return tok_is(d, k, "of") && k > 0 && tok_in(d, k - 1, heads);
}

/* "talks between the foreign ministers of X and Y": a group phrase opened
 * by "between" (its article and one title word between) names the pair of
 * the meeting; the "of" at token k is group_of's.  PREP_BETWEEN then,
 * else PREP_NONE. */
static int group_between(const evg_doc *d, const sent *s, int32_t k)
{
    for (int32_t q = k - 2; q >= s->first && q >= k - 4; q--) {
        if (tok_is(d, q, "between")) return PREP_BETWEEN;
        if (d->tokens.v[q].kind != EVG_TOK_WORD) return PREP_NONE;
    }
    return PREP_NONE;
}

/* "on a range of Australian goods", "with a number of Gulf states": "of" after
 * an indefinite noun of quantity (a range, a number, a series, a host, a
 * variety) belongs to the quantity, not to the name; the preposition is the
 * one before "a".  Is token k the "of" of such a phrase?  Only "a": "the
 * range of X's missiles" is a distance. */
static int quantity_of(const evg_doc *d, const sent *s, int32_t k)
{
    static const char *const heads[] = {"range", "number", "series", "host", "variety", "raft", "slew",
                                        "handful", "couple", NULL};
    return k - 2 >= s->first && tok_is(d, k, "of") && tok_in(d, k - 1, heads) && tok_is(d, k - 2, "a");
}

/* Is token k an English word of loyalty or belonging that ties a force to
 * a name by "to" or "with" ("loyal", "belonging", "affiliated", "allied")? */
int evt_loyalty_word(const evg_doc *d, int32_t k)
{
    static const char *const w[] = {"loyal", "belonging", "affiliated", "allied", NULL};
    return tok_in(d, k, w);
}

/* "قوات موالية لحفتر", "بعثة المراقبين التابعة لسادك", "forces loyal to X",
 * "fighters affiliated with X": a force or mission noun tied by loyalty or
 * belonging to a name, which stands for the group in the clause (the
 * annotators give the leader or body as the actor).  Is token k, right
 * before the preposition of the name, such a word after such a noun (one
 * genitive may stand between: بعثة المراقبين)? */
static int loyal_to(const evg_doc *d, const sent *s, int32_t k)
{
    static const char *const ar_tie[] = {
        "\xD9\x85\xD9\x88\xD8\xA7\xD9\x84\xD9\x8A\xD9\x87", "\xD9\x85\xD9\x88\xD8\xA7\xD9\x84\xD9\x88\xD9\x86", /* مواليه موالون */
        "\xD9\x85\xD9\x88\xD8\xA7\xD9\x84\xD9\x8A\xD9\x86", "\xD8\xAA\xD8\xA7\xD8\xA8\xD8\xB9\xD9\x87",             /* موالين تابعه */
        "\xD8\xAA\xD8\xA7\xD8\xA8\xD8\xB9\xD9\x88\xD9\x86", "\xD8\xAA\xD8\xA7\xD8\xA8\xD8\xB9\xD9\x8A\xD9\x86", NULL}; /* تابعون تابعين */
    static const char *const ar_head[] = {
        "\xD9\x82\xD9\x88\xD8\xA7\xD8\xAA", "\xD9\x82\xD9\x88\xD9\x87", "\xD9\x88\xD8\xAD\xD8\xAF\xD8\xA7\xD8\xAA", /* قوات قوه وحدات */
        "\xD9\x85\xD9\x82\xD8\xA7\xD8\xAA\xD9\x84\xD9\x88\xD9\x86", "\xD9\x85\xD9\x82\xD8\xA7\xD8\xAA\xD9\x84\xD9\x8A\xD9\x86", /* مقاتلون مقاتلين */
        "\xD9\x85\xD8\xB3\xD9\x84\xD8\xAD\xD9\x88\xD9\x86", "\xD9\x85\xD8\xB3\xD9\x84\xD8\xAD\xD9\x8A\xD9\x86", /* مسلحون مسلحين */
        "\xD8\xB9\xD9\x86\xD8\xA7\xD8\xB5\xD8\xB1", "\xD8\xAC\xD9\x86\xD9\x88\xD8\xAF", "\xD9\x81\xD8\xB5\xD8\xA7\xD8\xA1\xD9\x84", /* عناصر جنود فصاءل */
        "\xD9\x81\xD8\xB5\xD8\xA7\xD9\x8A\xD9\x84", "\xD9\x85\xD9\x8A\xD9\x84\xD9\x8A\xD8\xB4\xD9\x8A\xD8\xA7\xD8\xAA", /* فصايل ميليشيات */
        "\xD8\xA8\xD8\xB9\xD8\xAB\xD9\x87", "\xD9\x88\xD9\x81\xD8\xAF", NULL}; /* بعثه وفد */
    static const char *const en_head[] = {"forces", "troops", "soldiers", "fighters", "militias", "militiamen",
                                          "gunmen", "units", "militants", "rebels", "mission", "delegation", NULL};
    if (k - 1 < s->first) return 0;
    if (evt_loyalty_word(d, k)) return tok_in(d, k - 1, en_head);
    int tie = 0;
    for (int i = 0; ar_tie[i] && !tie; i++) tie = evt_tok_is_stem(d, k, ar_tie[i]);
    if (!tie) return 0;
    for (int32_t h = k - 1; h >= s->first && h >= k - 2; h--)
        for (int i = 0; ar_head[i]; i++)
            if (evt_tok_is_stem(d, h, ar_head[i])) return 1;
    return 0;
}

static int find_prep(const run *r, const sent *s, cand *c)
{
    const evg_doc *d = r->doc;
    int p = clitic_prep(d, &d->mentions.v[c->m]);
    if (p < 0) p = token_clitic_prep(d, c);
    if (p == PREP_TO && loyal_to(d, s, c->first - 1)) return PREP_NONE; /* "قوات موالية لحفتر" */
    if (p >= 0) return p;
    int skipped = 0;
    for (int32_t k = c->first - 1; k >= s->first && skipped <= 2; k--) {
        if (r->tok_men[k] >= 0 || d->tokens.v[k].kind != EVG_TOK_WORD) return PREP_NONE;
        if (evt_tok_is_stem(d, k, "\xD8\xAC\xD8\xA7\xD9\x86\xD8\xA8")) /* جانب: alongside */
            return PREP_WITH;
        if (evt_tok_is_stem(d, k, "\xD8\xB5\xD8\xA7\xD9\x84\xD8\xAD")) /* لصالح: on behalf of */
            return PREP_TO;
        if ((p = evt_prep_word(d, k)) >= 0) {
            if (p == PREP_OTHER && group_of(d, k)) return group_between(d, s, k); /* "the leaders of X" */
            if ((p == PREP_TO || p == PREP_WITH) && loyal_to(d, s, k - 1)) return PREP_NONE; /* "forces loyal to X" */
            if (p == PREP_OTHER && quantity_of(d, s, k)) { /* "a range of": go on before "a" */
                k -= 2;
                continue;
            }
            /* بالقرب من / قرب من: near */
            if (p == PREP_FROM && k > s->first &&
                (evt_tok_is_stem(d, k - 1, "\xD9\x82\xD8\xB1\xD8\xA8") ||
                 tok_is(d, k - 1, "\xD8\xA8\xD8\xA7\xD9\x84\xD9\x82\xD8\xB1\xD8\xA8")))
                return PREP_IN;
            if (p == PREP_IN && tok_is(d, k, "outside") && !evt_is_place(c) && !evt_cand_type_is(c, "FAC"))
                return PREP_OTHER; /* "no country outside NATO": a body is no place */
            return skipped && p != PREP_IN && p != PREP_TO && p != PREP_BETWEEN ? PREP_NONE : p;
        }
        if (!is_place_noun(d, k)) return PREP_NONE;
        if (d->tokens.v[k].script == EVG_SCRIPT_ARAB) { /* بمدينة وونسان, في منتجع */
            size_t n;
            const char *t = evg_tok_text(d, &d->tokens.v[k], &n);
            if (n > 2 && memcmp(t, "\xD8\xA8", 2) == 0) return PREP_IN;
        }
        skipped++;
    }
    return PREP_NONE;
}

/* ---- building the sentence working set ---- */

static int cand_is_country(const cand *c)
{
    return c->e->type && strcmp(c->e->type, "GPE") == 0;
}

int evt_cand_type_is(const cand *c, const char *t)
{
    return c->e->type && strcmp(c->e->type, t) == 0;
}

static int same_country(const cand *a, const cand *b)
{
    return a->e->country && b->e->country && a->e->country[0] &&
           strcmp(a->e->country, b->e->country) == 0;
}

int evt_punct_between(const evg_doc *d, int32_t a, int32_t b)
{
    for (int32_t k = a; k < b; k++)
        if (d->tokens.v[k].kind == EVG_TOK_PUNCT) return 1;
    return 0;
}

/* Is a verb trigger among tokens [a, b) ("وأدانتها اليابان وانتقدها مجلس
 * الأمن": Japan is the first verb's subject, not a word of the council's
 * name)?  Session 16 events8. */
static int verb_between(const evg_doc *d, int32_t a, int32_t b)
{
    evt_match m;
    for (int32_t q = a; q < b; q++)
        if (evt_match_at(d, q, b, 0, &m) && (m.e->pos == EVT_POS_PAST || m.e->pos == EVT_POS_PRES)) return 1;
    return 0;
}

/* Is a meeting noun among tokens [a, b) ("ستستضيف تركيا قمة الناتو": Turkey
 * hosts the summit, it does not qualify the alliance)?  Session 18. */
static int meeting_noun_between(const evg_doc *d, int32_t a, int32_t b)
{
    evt_match m;
    for (int32_t q = a; q < b; q++)
        if (evt_match_at(d, q, b, 0, &m) && m.e->pos == EVT_POS_NOUN && m.e->cls == EVT_CL_MEET) return 1;
    return 0;
}

/* Drop a country or demonym that only qualifies a neighbouring person or
 * organisation ("وزير الخارجية الروسي سيرجي لافروف", "وزارة الدفاع الروسية"). */
static int is_modifier(const run *r, const sent *s, size_t i)
{
    const cand *c = &s->c.v[i];
    const evg_doc *d = r->doc;
    int demonym = d->mentions.v[c->m].kind == EVG_MEN_DEMONYM;
    if (!cand_is_country(c) && !demonym) return 0;
    if (c->prep != PREP_NONE && c->prep != PREP_AND) return 0;
    if (i + 1 < s->c.n) {
        const cand *n = &s->c.v[i + 1];
        if ((evt_cand_type_is(n, "PER") || evt_cand_type_is(n, "ORG")) && n->first - c->end <= 3 &&
            !evt_punct_between(d, c->end, n->first) && n->prep == PREP_NONE && !verb_between(d, c->end, n->first) &&
            (same_country(c, n) || (n->first - c->end <= 1 && !(n->e->country && n->e->country[0]))) &&
            !meeting_noun_between(d, c->end, n->first)) /* the trie walk last */
            return 1;
    }
    if (demonym && i > 0) {
        const cand *p = &s->c.v[i - 1];
        if ((evt_cand_type_is(p, "PER") || evt_cand_type_is(p, "ORG")) && c->first - p->end <= 1 &&
            same_country(c, p))
            return 1;
    }
    return 0;
}

static int mention_rank(const evg_doc *d, const evg_mention *m)
{
    const evg_entity *e = &d->entities.v[m->entity];
    int per = e->type && strcmp(e->type, "PER") == 0;
    return per * 1000 + (m->tok_end - m->tok_first);
}

void evt_collect_cands(run *r, sent *s)
{
    evg_doc *d = r->doc;
    while (r->men_pos < d->mentions.n && r->men[r->men_pos].first < s->first) r->men_pos++;
    for (size_t o = r->men_pos; o < d->mentions.n && r->men[o].first < s->end; o++) {
        size_t i = (size_t)r->men[o].idx;
        const evg_mention *m = &d->mentions.v[i];
        if (m->entity < 0 || (size_t)m->entity >= d->entities.n) continue;
        if (m->kind == EVG_MEN_PRONOUN) continue;
        cand c = {(int32_t)i, m->entity, m->tok_first, m->tok_end, PREP_NONE, 0,
                  &d->entities.v[m->entity]};
        if (s->c.n && s->c.v[s->c.n - 1].ent == c.ent && s->c.v[s->c.n - 1].end >= c.first) {
            s->c.v[s->c.n - 1].end = c.end > s->c.v[s->c.n - 1].end ? c.end : s->c.v[s->c.n - 1].end;
            continue; /* a title and the name it introduces: one candidate */
        }
        if (s->c.n && c.first == s->c.v[s->c.n - 1].first && c.end == s->c.v[s->c.n - 1].end &&
            !same_country(&c, &s->c.v[s->c.n - 1])) {
            evg_vec_push(&s->c, c); /* "the two governments": one span, two countries */
            continue;
        }
        if (s->c.n && c.first < s->c.v[s->c.n - 1].end) { /* overlap: keep the better */
            cand *prev = &s->c.v[s->c.n - 1];
            if (mention_rank(d, m) > mention_rank(d, &d->mentions.v[prev->m])) *prev = c;
            continue;
        }
        evg_vec_push(&s->c, c);
    }
    for (size_t i = 0; i < s->c.n; i++) s->c.v[i].prep = find_prep(r, s, &s->c.v[i]);
    size_t w = 0;
    for (size_t i = 0; i < s->c.n; i++)
        if (!is_modifier(r, s, i) && !evt_is_dateline_place(d, s, &s->c.v[i])) s->c.v[w++] = s->c.v[i];
    s->c.n = w;
}

/* "هدد باستهداف", "threatened to attack", "دعاه لزيارة", "invited X to
 * visit": the attack or visit is what the threat or invitation announces,
 * not an event of its own; likewise the aid noun a supply verb sends. */
static int threat_content(const sent *s, const evt_match *mt)
{
    if (!s->h.n) return 0;
    const evt_match *p = &s->h.v[s->h.n - 1].mt;
    int attack = !strncmp(mt->e->code, "18", 2) || !strncmp(mt->e->code, "19", 2);
    int threat = !strncmp(p->e->code, "13", 2) && attack;
    int invite = !strcmp(p->e->code, "036") && !strncmp(mt->e->code, "04", 2);
    /* "أرسلت X قافلة مساعدات", "sent an aid convoy": the verb's own object */
    int object = !strcmp(p->e->code, mt->e->code) && !strncmp(mt->e->code, "07", 2) &&
                 (mt->e->pos == EVT_POS_NOUN || mt->e->pos == EVT_POS_FIXED) && mt->first - p->end <= 4;
    if ((!threat && !invite && !object) || mt->first - p->end > 8) return 0;
    /* "بدعوة من الملك X الذي خصه باستقبال", "at the invitation of X, who
     * hosted him": a relative clause tells an act of its own */
    static const char *const rel[] = {"\xD8\xA7\xD9\x84\xD8\xB0\xD9\x8A", "\xD8\xA7\xD9\x84\xD8\xAA\xD9\x8A", /* الذي التي */
                                      "who", "which", NULL};
    for (int32_t k = p->end; k < mt->first; k++)
        if (evt_is_punct_boundary(s->doc, k) || evt_is_complementizer(s->doc, k) || tok_in(s->doc, k, rel)) return 0;
    return 1;
}

/* "pushed the minister out of the cabinet", "drove him out of office": an
 * English act of force (19x) whose "out of" (within 8 words, before the
 * clause ends) leads to a post, a body or power is an ouster in politics,
 * no fighting. */
static int political_ouster(const sent *s, const evt_match *mt)
{
    static const char *const det[] = {"the", "his", "her", "its", "their", "a", NULL};
    static const char *const post[] = {"cabinet", "government", "party", "office", "power", "coalition", "parliament",
                                       "leadership", "race", "job", "post", "presidency", "board", "team", NULL};
    const evg_doc *d = s->doc;
    if (mt->e->lang != EVG_LANG_EN || strncmp(mt->e->code, "19", 2) != 0) return 0;
    for (int32_t q = mt->end; q + 2 < s->end && q < mt->end + 8 && !evt_is_punct_boundary(d, q); q++) {
        if (!tok_is(d, q, "out") || !tok_is(d, q + 1, "of")) continue;
        int32_t k = q + 2;
        if (tok_in(d, k, det) && k + 1 < s->end) k++;
        return tok_in(d, k, post);
    }
    return 0;
}

void evt_collect_hits(run *r, sent *s)
{
    for (int32_t i = s->first; i < s->end;) {
        evt_match mt;
        if (r->tok_men[i] < 0 && r->tok_tx[i] < 0 && evt_match_at(r->doc, i, s->end, 0, &mt) &&
            !threat_content(s, &mt) && !political_ouster(s, &mt)) {
            hit h = {mt, -1};
            evg_vec_push(&s->h, h);
            s->nonspeech += mt.e->cls != EVT_CL_SPEECH;
            i = mt.end;
        } else {
            i++;
        }
    }
}

/* Words before a date that make it about something else ("حرب 1950-1953"). */
static int timex_blocked(const evg_doc *d, const evg_timex *tx, int32_t sfirst)
{
    static const char *const w[] = {
        "\xD8\xAD\xD8\xB1\xD8\xA8", "\xD8\xB0\xD9\x83\xD8\xB1\xD9\x8A", /* حرب ذكري */
        "\xD8\xB9\xD9\x87\xD8\xAF",                                   /* عهد */
        "war", "anniversary", NULL};
    for (int32_t k = tx->tok_first - 1; k >= sfirst && k >= tx->tok_first - 2; k--)
        for (int q = 0; w[q]; q++)
            if (evt_tok_is_stem(d, k, w[q])) return 1;
    return 0;
}

/* "the 2015 agreement", "Iran's 2015 nuclear deal", "the July 2015 accord":
 * an English date between a determiner (or a possessive) and a lower-case
 * word is part of a noun phrase and names that thing's time, not the
 * time of the clause's act, unless that word is an event ("a July 25-27
 * visit"). */
static int attributive_date(const evg_doc *d, const evg_timex *tx, int32_t sfirst, int32_t send)
{
    static const char *const det[] = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that",
                                      "s", NULL};
    static const char *const glue[] = {"and", "or", "to", "in", "on", "at", "for", "of", "by", "with",
                                       "from", "as", "when", "after", "before", "that", NULL};
    int32_t before = tx->tok_first - 1, next = tx->tok_end;
    if (before < sfirst || next >= send || d->tokens.v[next].kind != EVG_TOK_WORD) return 0;
    if (!tok_in(d, before, det) || tok_in(d, next, glue)) return 0;
    const evg_token *t = &d->tokens.v[next];
    unsigned char c = (unsigned char)d->raw.p[t->os];
    evt_match mt; /* "a July 25-27 visit": the noun is the event itself */
    return c >= 'a' && c <= 'z' && !evt_match_at(d, next, send, 0, &mt);
}

void evt_collect_timexes(run *r, sent *s)
{
    evg_doc *d = r->doc;
    while (r->tx_pos < d->timexes.n && r->tx[r->tx_pos].first < s->first) r->tx_pos++;
    for (size_t o = r->tx_pos; o < d->timexes.n && r->tx[o].first < s->end; o++) {
        size_t i = (size_t)r->tx[o].idx;
        const evg_timex *tx = &d->timexes.v[i];
        if (tx->type != EVG_TIMEX_DATE && tx->type != EVG_TIMEX_TIME) continue;
        if (tx->begin == EVG_NODATE || !tx->value[0]) continue;
        if (timex_blocked(d, tx, s->first) || attributive_date(d, tx, s->first, s->end)) continue;
        evg_vec_push(&s->tx, (int32_t)i);
    }
}

/* Attribution cues ("وفقا ل X", "according to X") name the reporting source. */
void evt_collect_attribution(run *r, sent *s)
{
    s->attrib_ent = -1;
    for (int32_t i = s->first; i < s->end; i++) {
        evt_match mt;
        if (!evt_match_at(r->doc, i, s->end, 1, &mt) || mt.e->kind != EVT_CUE_ATTRIB) continue;
        for (size_t k = 0; k < s->c.n; k++) {
            cand *c = &s->c.v[k];
            if (c->first >= mt.end && c->first - mt.end <= 6) {
                c->attrib = 1;
                if (s->attrib_ent < 0) s->attrib_ent = c->ent;
                break;
            }
        }
    }
}

/* Speaker of a speech verb: Arabic puts it after the verb, English before
 * ("X said") or right after ("said X"). */

/* "وقال رئيس كتلة الحزب النيابية محمد رعد": a title mention (which the
 * entity stage may have tied to another holder of a like title) followed,
 * within its noun phrase, by a person's name is that person: returns the
 * name's candidate, else k. */
int32_t evt_title_then_name(const sent *s, size_t k, int32_t stop)
{
    static const char *const clause_words[] = { /* beside the prepositions (evt_ar_preposition) */
        "\xD9\x82\xD8\xA8\xD9\x84", "\xD8\xA8\xD8\xB9\xD8\xAF", "\xD8\xAE\xD9\x84\xD8\xA7\xD9\x84", /* قبل بعد خلال */
        "\xD9\x84\xD8\xAF\xD9\x8A", "\xD8\xA7\xD9\x85\xD8\xB3", NULL};                                 /* لدي امس */
    const evg_doc *d = s->doc;
    const cand *c = &s->c.v[k];
    if (c->m < 0 || d->mentions.v[c->m].kind != EVG_MEN_TITLE || c->end != c->first + 1) return (int32_t)k;
    for (size_t j = k + 1; j < s->c.n && s->c.v[j].first < stop && s->c.v[j].first - c->end <= 5; j++) {
        const cand *n = &s->c.v[j];
        for (int32_t q = c->end; q < n->first; q++) /* only the title's genitive stands between */
            if (evt_is_punct_boundary(d, q) || evt_ar_preposition(d, q) || tok_in(d, q, clause_words)) return (int32_t)k;
        for (size_t h = 0; h < s->h.n; h++)
            if (s->h.v[h].mt.first >= c->end && s->h.v[h].mt.first < n->first) return (int32_t)k;
        if (n->prep == PREP_NONE && !n->attrib && evt_cand_type_is(n, "PER") && n->m >= 0 &&
            d->mentions.v[n->m].kind == EVG_MEN_NAME)
            return (int32_t)j;
    }
    return (int32_t)k;
}

int32_t evt_find_speaker(const sent *s, const evt_match *mt)
{
    int32_t best = -1, stop = mt->end;
    if (mt->e->pos == EVT_POS_NOUN) { /* "نقلت الوكالة عن X قوله": the name right before the noun */
        for (size_t k = 0; k < s->c.n; k++)
            if (s->c.v[k].end == mt->first && !evt_cand_type_is(&s->c.v[k], "LOC")) return (int32_t)k;
        return -1;
    }
    if (mt->e->lang == EVG_LANG_AR && (best = evt_amma_topic(s, mt)) >= 0) return best; /* "أما X، فقال" */
    while (stop < s->end && stop - mt->end < 8 && !evt_is_complementizer(s->doc, stop) &&
           !evt_is_quote_open(s->doc, stop))
        stop++;
    for (size_t k = 0; k < s->c.n; k++) {
        const cand *c = &s->c.v[k];
        if (c->attrib || c->prep != PREP_NONE) continue;
        if (c->first >= mt->end && c->first < stop) {
            if (best < 0 || evt_cand_type_is(c, "PER")) best = evt_title_then_name(s, k, stop);
            if (evt_cand_type_is(c, "PER") || evt_cand_type_is(c, "ORG")) break;
        }
        /* "وكان X قد أعلن": the particle قد between an Arabic subject and its verb */
        int qad = c->end + 1 == mt->first && tok_is(s->doc, c->end, "\xD9\x82\xD8\xAF");
        if (c->end <= mt->first && (mt->first - c->end <= (mt->e->lang == EVG_LANG_EN ? 2 : 0) || qad)) {
            if (mt->e->lang == EVG_LANG_EN) return (int32_t)k;
            best = (int32_t)k; /* Arabic SVO; a speaker after the verb still wins */
        }
    }
    if (best < 0 && mt->e->lang == EVG_LANG_EN) /* "The envoy, who chaired the session, said" */
        best = evt_subject_before_clause(s->doc, s, mt->first);
    return best;
}

void evt_sent_free(sent *s)
{
    free(s->c.v);
    free(s->h.v);
    free(s->tx.v);
}

/* ---- clause windows ---- */

/* English "then" opening the next act, not "the then minister", "then-Vice
 * President X" or "then Prime Minister X" (a former office before a name). */
static int then_opens_act(const evg_doc *d, int32_t k)
{
    if (!tok_is(d, k, "then") || (k > 0 && tok_is(d, k - 1, "the"))) return 0;
    if ((size_t)k + 1 >= d->tokens.n) return 1;
    const evg_token *next = &d->tokens.v[k + 1];
    return !tok_is(d, k + 1, "-") && !(next->kind == EVG_TOK_WORD && (next->flags & EVG_TOKF_CAP));
}

int32_t evt_window_end(const run *r, const sent *s, size_t hi)
{
    int32_t next_hit = hi + 1 < s->h.n ? s->h.v[hi + 1].mt.first : s->end;
    for (int32_t k = s->h.v[hi].mt.end; k < next_hit; k++) {
        if (is_boundary(r->doc, k)) return k;
        /* "greeted the emir and then chaired a meeting with his ministers",
         * "التقى X ثم عقد جلسة مع Y": what comes next is another act */
        if (then_opens_act(r->doc, k) ||
            tok_is(r->doc, k, "\xD8\xAB\xD9\x85") || tok_is(r->doc, k, "\xD9\x88\xD8\xAB\xD9\x85")) /* ثم وثم */
            return tok_is(r->doc, k - 1, "and") ? k - 1 : k;
    }
    return next_hit;
}

/* "The Union of Southern States (USS) condemned", "(ECOWAS) condemned": a
 * short parenthesis closed right before the trigger glosses the name before
 * it; its opening is where to look on from, not a clause boundary.  Returns
 * the token of the "(" or -1. */
static int32_t gloss_open(const evg_doc *d, int32_t close, int32_t floor)
{
    if (!tok_is(d, close, ")")) return -1;
    for (int32_t q = close - 1; q >= floor && q >= close - 6; q--) {
        if (tok_is(d, q, "(")) return q > floor ? q : -1;
        if (d->tokens.v[q].kind == EVG_TOK_PUNCT) return -1;
    }
    return -1;
}

/* "The Law Union (LU) on Monday criticised", "الاتحاد الأفريقي (الاتحاد) قد
 * انتقد": only a time expression, the particle قد or "on", "late", "also"
 * stand between the gloss's ")" at close and the trigger at first. */
static int gloss_gap(const run *r, int32_t close, int32_t first)
{
    static const char *const w[] = {"\xD9\x82\xD8\xAF", "on", "late", "early", "also", NULL}; /* قد */
    if (first - close > 7) return 0;
    for (int32_t q = close + 1; q < first; q++)
        if (r->tok_tx[q] < 0 && !tok_in(r->doc, q, w)) return 0;
    return 1;
}

/* "Ten policemen were killed in a clash with X", "three guards were wounded
 * in an attack by X": hit hi, an assault or a fight (18, 19), follows "in"
 * right after the English passive of a casualty verb (was/were/been before
 * it) that is hit hi-1.  The casualties' side, before that verb, belongs to
 * the assault, so its window reaches over the verb.  1 when so. */
static int casualty_passive_before(const run *r, const sent *s, size_t hi)
{
    static const char *const aux[] = {"was", "were", "been", "being", NULL};
    static const char *const art[] = {"a", "an", "the", NULL};
    const evt_match *p = &s->h.v[hi - 1].mt, *m = &s->h.v[hi].mt;
    if (m->e->lang != EVG_LANG_EN || p->e->lang != EVG_LANG_EN) return 0;
    if (m->e->code[0] != '1' || (m->e->code[1] != '8' && m->e->code[1] != '9')) return 0;
    if (strcmp(p->e->code, "186") != 0 || !tok_in(r->doc, p->first - 1, aux)) return 0;
    int32_t q = p->end;
    if (!tok_is(r->doc, q, "in")) return 0;
    q++;
    if (tok_in(r->doc, q, art)) q++;
    return q <= m->first && m->first - q <= 2; /* "in a fresh border clash" */
}

int32_t evt_window_start(const run *r, const sent *s, size_t hi)
{
    if (hi > 0 && casualty_passive_before(r, s, hi)) return evt_window_start(r, s, hi - 1);
    int32_t prev_hit = hi > 0 ? s->h.v[hi - 1].mt.end : s->first;
    int32_t first = s->h.v[hi].mt.first;
    for (int32_t k = first - 1; k >= prev_hit; k--) {
        int32_t open = k == first - 1 || gloss_gap(r, k, first) ? gloss_open(r->doc, k, prev_hit) : -1;
        if (open >= 0) {
            k = open; /* the loop steps to the name before "(" */
            continue;
        }
        if (is_boundary(r->doc, k)) return k + 1;
    }
    return prev_hit;
}
