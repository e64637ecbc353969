/*
 * entities_qualify.c - actors: what qualifies a title, and its fallbacks.
 *
 * Owns the country a title belongs to when the text does not write it
 * next to the title: the dateline and the headline's subject, the
 * document's own country (home_country), a state title of that country
 * (state_title_fallback), a home body ("the parliament", "الحكومة") in
 * context, a capital or country named before in the sentence, and the
 * written qualifiers read past the title (a place, a nisba, a field, a
 * body head, the chief of a security body: title_qualify), with the portfolio words between
 * (portfolio_end).
 * Reads keys (entities_key.c) and the entities already named in the
 * document; entities_title.c resolves the title with what it returns.
 */
#include "entities_int.h"

/* Is token j a dash (hyphen, en or em dash) or a colon, as after a dateline? */
int evg_ent_dateline_dash(const evg_doc *d, int32_t j)
{
    return evg_tok_is(d, (size_t)j, "-") || evg_tok_is(d, (size_t)j, "\xE2\x80\x93") ||
           evg_tok_is(d, (size_t)j, "\xE2\x80\x94") || evg_tok_is(d, (size_t)j, ":");
}

/* The end of a time expression that starts at token j, or -1 (the
 * expressions are in text order). */
static int32_t timex_from(const evg_doc *d, int32_t j)
{
    for (size_t k = 0; k < d->timexes.n && d->timexes.v[k].tok_first <= j; k++)
        if (d->timexes.v[k].tok_first == j) return d->timexes.v[k].tok_end;
    return -1;
}

/* What a wire dateline writes between its place and its dash, read from
 * token j: a date, after a comma or not ("LUSAKA, May 3", "تونس 3 مايو
 * 2026"), then the news service in brackets, one to four words and no
 * other bracket or dash ("(Reuters)", "(وكالات)").  Either part may be
 * missing; at least one is there.  The token after them, or -1. */
static int32_t wire_tail(const evg_doc *d, int32_t j)
{
    int32_t start = j, t = timex_from(d, evg_ent_is_comma(d, j) ? j + 1 : j);
    if (t > 0) j = t;
    if ((size_t)j < d->tokens.n && evg_tok_is(d, (size_t)j, "(")) {
        int32_t k = j + 1;
        while ((size_t)k < d->tokens.n && k < j + 6 && d->tokens.v[k].kind == EVG_TOK_WORD) k++;
        if (k == j + 1 || (size_t)k >= d->tokens.n || !evg_tok_is(d, (size_t)k, ")")) return -1;
        j = k + 1;
    }
    return j > start && (size_t)j < d->tokens.n ? j : -1;
}

/* Tokens [first, end) open a sentence of the first three and a dash or a
 * colon follows them: a dateline written inside the first paragraph
 * ("مراكش - قبلت ...", "TAIPEI - ...").  A wire dateline's date and news
 * service may stand before its dash (wire_tail): "ACCRA (Reuters) -",
 * "LUSAKA, May 3 (AP) -", "الرباط (وكالات) -"; then an em dash serves too. */
int evg_ent_dateline_at(const evg_doc *d, int32_t first, int32_t end)
{
    if ((size_t)end >= d->tokens.n || d->tokens.v[first].sent > 3) return 0;
    if (first > 0 && d->tokens.v[first - 1].sent == d->tokens.v[first].sent) return 0;
    int32_t tail = wire_tail(d, end);
    if (tail >= 0) return evg_ent_dateline_dash(d, tail);
    if (d->tokens.v[end].kind != EVG_TOK_PUNCT) return 0;
    return evg_tok_is(d, (size_t)end, "-") || evg_tok_is(d, (size_t)end, "\xE2\x80\x93") ||
           evg_tok_is(d, (size_t)end, ":");
}

/* The country entry the document's mentions so far belong to most (each
 * mention of a country, or of a person, body or place of that country,
 * counts once; a tie goes to the one named first), or -1. */
static int most_named_country(const scan *st)
{
    const evg_doc *d = st->d;
    int best = -1, bestn = 0;
    int32_t *count = evg_ent_gaz_zeroed(d, 1);
    for (size_t i = 0; i < d->mentions.n; i++) {
        int c = evg_ent_country_entry_of(st, &d->entities.v[d->mentions.v[i].entity]);
        if (c >= 0 && ++count[c] > bestn) best = c, bestn = count[c];
    }
    for (size_t i = 0; i < d->mentions.n; i++) { /* back to zeros */
        int c = evg_ent_country_entry_of(st, &d->entities.v[d->mentions.v[i].entity]);
        if (c >= 0) count[c] = 0;
    }
    return best;
}

/* The country entry of the headline's subject: the mention that opens the
 * title section ("الجزائر تقيم جسراً جوياً ... إلى ليبيا": the acting
 * country, not the one it sends aid to), or -1. */
static int headline_subject(const scan *st)
{
    const evg_doc *d = st->d;
    for (size_t k = 0; k < d->sections.n; k++) {
        const evg_section *sec = &d->sections.v[k];
        if (sec->kind != EVG_SEC_TITLE) continue;
        for (size_t i = 0; i < d->mentions.n; i++) { /* the mention at the title's first bytes */
            const evg_mention *m = &d->mentions.v[i];
            if (m->os >= sec->os && m->os - sec->os < 4 && m->os < sec->oe)
                return evg_ent_country_entry_of(st, &d->entities.v[m->entity]);
        }
        return -1;
    }
    return -1;
}

/* The country of the first place named in the document's dateline
 * ("عمان -", "NAIROBI -") as a gazetteer entry, or -1. */
int evg_ent_dateline_country(const scan *st)
{
    const evg_doc *d = st->d;
    for (size_t i = 0; i < d->mentions.n; i++) {
        const evg_mention *m = &d->mentions.v[i];
        int c = evg_ent_country_entry_of(st, &d->entities.v[m->entity]);
        if (c >= 0 && evg_ent_dateline_at(d, m->tok_first, m->tok_end)) return c;
        for (size_t k = 0; c >= 0 && k < d->sections.n; k++)
            if (d->sections.v[k].kind == EVG_SEC_DATELINE && m->os >= d->sections.v[k].os && m->os < d->sections.v[k].oe)
                return c;
    }
    return -1;
}

/* Is the first token of mention a the same word as that of mention b
 * ("عمان" read as Oman in a headline and as Amman in the dateline)? */
static int same_first_word(const evg_doc *d, const evg_mention *a, const evg_mention *b)
{
    size_t na, nb;
    const char *sa = evg_ent_tok_str(d, a->tok_first, &na), *sb = evg_ent_tok_str(d, b->tok_first, &nb);
    return na == nb && !memcmp(sa, sb, na);
}

/* Is the dateline country c only the reporter's base ("بيروت - ... ليبيا",
 * "BEIRUT - ... Libya")?  So when the headline names a place of another
 * country by its name (a demonym is not enough) and nothing of c, nor the
 * dateline's own word: the story's state
 * is then the headline's subject or the country the text names most. */
static int reporter_base(const scan *st, int c)
{
    const evg_doc *d = st->d;
    const evg_mention *dl = NULL;
    int other = 0;
    for (size_t i = 0; i < d->mentions.n && !dl; i++)
        if (evg_ent_dateline_at(d, d->mentions.v[i].tok_first, d->mentions.v[i].tok_end)) dl = &d->mentions.v[i];
    for (size_t i = 0; i < d->mentions.n; i++) {
        const evg_mention *m = &d->mentions.v[i];
        const evg_entity *e = &d->entities.v[m->entity];
        if (m->os < (int32_t)d->title_os || m->oe > (int32_t)d->title_oe || m->oe <= m->os) continue;
        int mc = evg_ent_country_entry_of(st, e);
        if (mc == c || (dl && dl != m && same_first_word(d, m, dl))) return 0;
        if (mc >= 0 && m->kind == EVG_MEN_NAME && e->type && !strcmp(e->type, "GPE")) other = 1; /* not "الفرنسي" */
    }
    return other;
}

/* The document's own country, found without making an entity: the
 * country of the first place named in its dateline, else of the headline's
 * subject, else the one it has named most so far, else (*ent, a document
 * entity) the first of the two countries it names most, else the country
 * of the first entity named with one.  A country entry goes to *entry; the
 * other is -1 (both when there is none). */
static void home_source(const scan *st, int *entry, int32_t *ent)
{
    const evg_doc *d = st->d;
    int32_t pair[2];
    int first = -1;
    *ent = -1;
    if ((*entry = evg_ent_dateline_country(st)) >= 0 && !reporter_base(st, *entry)) return;
    for (size_t i = 0; i < d->mentions.n && first < 0; i++)
        first = evg_ent_country_entry_of(st, &d->entities.v[d->mentions.v[i].entity]);
    if ((*entry = headline_subject(st)) >= 0 || (*entry = most_named_country(st)) >= 0) return;
    evg_ent_main_pair(st, pair);
    *ent = pair[0];
    *entry = *ent >= 0 ? -1 : first;
}

/* The document's own country as a document entity (home_source; made
 * when the document has no entity of it yet), or -1. */
int32_t evg_ent_home_country(scan *st)
{
    int entry;
    int32_t ent;
    home_source(st, &entry, &ent);
    return entry >= 0 ? evg_ent_entity_of(st, entry) : ent;
}

/* The document's own country as a country entry (home_source), or -1:
 * what evg_ent_country_entry_of gives for evg_ent_home_country's entity,
 * without making that entity. */
int evg_ent_home_country_entry(const scan *st)
{
    int entry;
    int32_t ent;
    home_source(st, &entry, &ent);
    if (entry >= 0) return evg_ent_country_entry_of(st, &(evg_entity){.country = st->g->ents.v[entry].country});
    return ent >= 0 ? evg_ent_country_entry_of(st, &st->d->entities.v[ent]) : -1;
}

/* "رئاسة الجمهورية", "وزارة الصحة" with no country written: an Arabic
 * title of the state (office self, role GOV) of two words, or one with
 * portfolio words, stands for the document's own country. */
static void state_title_fallback(scan *st, title_hit *h)
{
    int32_t p = evg_ent_portfolio_end(st, h->end);
    if (h->q.entry >= 0 || strcmp(h->t->office, "self") != 0 || strcmp(h->t->role, "GOV") != 0) return;
    if (st->d->tokens.v[h->first].script != EVG_SCRIPT_ARAB || (h->end - h->first < 2 && p == h->end)) return;
    if ((h->ent = evg_ent_home_country(st)) < 0) return;
    h->end = p;
    h->oe = st->d->tokens.v[p - 1].oe;
}

/* Is Latin token k a lower-case word that makes the body word before it a
 * modifier ("the military action", "the army base")?  Not a function word
 * nor a verb: "the army said", "the police in", "the government and". */
static int english_modifier(const scan *st, int32_t k)
{
    static const char *const fw[] = {"and", "or", "but", "to", "on", "at", "for", "from", "with", "by", "as",
                                     "that", "which", "who", "has", "had", "have", "is", "was", "were", "are",
                                     "will", "would", "could", "should", "may", "might", "must", "did", "does",
                                     "says", "said", "also", "still", "then", "later", "not", "had", "over",
                                     "after", "before", "since", "into", "against", "last", "this", "on"};
    const evg_doc *d = st->d;
    if ((size_t)k >= d->tokens.n || d->tokens.v[k].kind != EVG_TOK_WORD || d->tokens.v[k].script != EVG_SCRIPT_LATN ||
        (d->tokens.v[k].flags & EVG_TOKF_CAP) || st->in_timex[k])
        return 0;
    for (size_t w = 0; w < sizeof fw / sizeof *fw; w++)
        if (evg_tok_is(d, (size_t)k, fw[w])) return 0;
    return !evg_ent_english_verb(st, k, 1);
}

/* "marched to parliament", "told parliament", "the speaker of parliament":
 * English writes its own legislature with no article after a preposition
 * or a verb of addressing it; "a parliament", "regional parliament" are
 * no body. */
static int bare_parliament(const scan *st, const title_hit *h)
{
    static const char *const before[] = {"to", "by", "before", "into", "from", "through", "of", "told", "addressed",
                                         "dissolved", "suspended", "entered", "reconvened", "briefed", "urged",
                                         "asked", "informed", "passed", "cleared", "approved"};
    const evg_doc *d = st->d;
    if (strcmp(h->t->office, "parliament") != 0 || h->end - h->first != 1 || !evg_tok_is(d, (size_t)h->first, "parliament"))
        return 0;
    if (!evg_ent_same_sent(d, h->first - 1, h->first)) return 0;
    return evg_tok_in_static(d, (size_t)h->first - 1, before, sizeof before / sizeof *before, EVG_WS_PLAIN);
}

/* "Presidential Office spokeswoman X", "Army spokesman X": an English body
 * written right before a person's title (spokesman, chief) that it
 * qualifies, with a name after the title. */
static int before_person_title(const scan *st, const title_hit *h)
{
    span t;
    const evg_doc *d = st->d;
    if (d->tokens.v[h->first].script != EVG_SCRIPT_LATN || (size_t)h->end >= d->tokens.n ||
        !evg_ent_same_sent(d, h->first, h->end) || !evg_ent_match_at(st, h->end, GAZ_TITLE, &t) || t.first != h->end)
        return 0;
    const gaz_title *pt = &st->g->titles.v[st->g->keys.v[t.key].target];
    if (strcmp(pt->type, "PER") != 0 || (!strstr(pt->office, "spokes") && !strstr(pt->org_office, "spokes"))) return 0;
    int32_t end;
    span m;
    return (size_t)t.end < d->tokens.n && evg_ent_same_sent(d, h->end, t.end) &&
           (evg_ent_person_after(st, t.end, &m) || evg_ent_title_name(st, t.end, &end));
}

/* May an unqualified body at h be the home country's?  Arabic always; English
 * after a determiner ("the foreign ministry", "his own presidential guard")
 * and not before "in" or "of" ("to parliament in Ankara"). */
static int home_body_context(const scan *st, const title_hit *h)
{
    static const char *const dets[] = {"the", "own", "its", "his", "her", "their"};
    const evg_doc *d = st->d;
    if (d->tokens.v[h->first].script != EVG_SCRIPT_LATN) return 1;
    int in_date = evg_tok_is(d, (size_t)h->end, "in") && (st->in_timex[h->end] ||
                  ((size_t)h->end + 1 < d->tokens.n && st->in_timex[h->end + 1]));
    if ((evg_tok_is(d, (size_t)h->end, "in") && !in_date) || evg_tok_is(d, (size_t)h->end, "of") || h->first == 0)
        return 0; /* "parliament in Ankara", not "parliament in March" */
    if (before_person_title(st, h)) return 1; /* "Army spokesman X" */
    if (!in_date && english_modifier(st, h->end)) return 0; /* "the military action", "the police station" */
    for (size_t k = 0; k < sizeof dets / sizeof *dets; k++)
        if (evg_tok_is(d, (size_t)h->first - 1, dets[k])) return 1;
    return bare_parliament(st, h);
}

/* "the foreign ministry in Nairobi", "وزارة الخارجية في الرباط": a listed
 * capital after في / in gives a bare body its country (the entry or -1). */

int evg_ent_capital_country_after(const scan *st, int32_t j)
{
    span m;
    size_t n;
    /* one participle between ("مجلس النواب المنعقد في طبرق", "the parliament based in Tobruk") */
    if ((size_t)j + 1 < st->d->tokens.n && evg_ent_same_sent(st->d, j, j + 1) &&
        (evg_tok_is(st->d, (size_t)j + 1, "in") || evg_tok_is(st->d, (size_t)j + 1, "في")) &&
        (evg_tok_is(st->d, (size_t)j, "based") || evg_tok_is(st->d, (size_t)j, "sitting") ||
         (st->d->tokens.v[j].script == EVG_SCRIPT_ARAB && evg_ent_tok_str(st->d, j, &n) && n >= 10 &&
          !memcmp(evg_ent_tok_str(st->d, j, &n), "الم", 6) && !evg_ent_descriptive_adjective(st, j))))
        j++;
    if (!evg_tok_is(st->d, (size_t)j, "in") && !evg_tok_is(st->d, (size_t)j, "في")) return -1;
    if (!evg_ent_same_sent(st->d, j, j + 1) || !evg_ent_match_at(st, j + 1, GAZ_NAME, &m)) return -1;
    const gaz_entry *e = &st->g->ents.v[evg_ent_amman_or_oman(st, &m, &st->g->keys.v[m.key])];
    if (e->is_country || strcmp(e->type, "GPE") != 0 || strlen(e->country) != 3) return -1;
    char id[4];
    for (int l = 0; l < 3; l++) id[l] = (char)(e->country[l] | 0x20);
    id[3] = '\0';
    int32_t c = evg_gaz_find_id(st->g, id);
    return c >= 0 && st->g->ents.v[c].is_country ? c : -1;
}

/* Is token k an indefinite Arabic noun of a person or a source who may
 * speak (مسؤول، مصدر، دبلوماسي، متحدث، وزير ...; any number and gender, also
 * behind و ف ب ل: "لمسؤول")?  Not a thing: "قافلة فرنسية", "طائرة تركية". */
static int speaker_noun(const evg_doc *d, int32_t k)
{
    static const char *const w[] = {
        "مسءول", "مسءوله", "مسءولون", "مسءولين", "مصدر", "مصادر", "دبلوماسي", "دبلوماسيه", "دبلوماسيون",
        "دبلوماسيين", "متحدث", "متحدثه", "ناطق", "ناطقه", "وزير", "وزيره", "وزراء", "سفير", "سفيره", "مبعوث",
        "مستشار", "نائب", "نواب", "ضابط", "ضباط", "قيادي", "قياديون", "قياديين", "عضو", "اعضاء", "خبير",
        "خبراء", "محلل", "محللون", "مراقب", "مراقبون", "شاهد", "شهود", "اوساط", "دوائر", "صحيفه", "وكاله"};
    size_t n;
    const char *s = evg_ent_tok_str(d, k, &n);
    if (d->tokens.v[k].kind != EVG_TOK_WORD) return 0;
    for (int skip = 0; skip < 2; skip++, s += 2, n -= 2) {
        for (size_t h = 0; h < sizeof w / sizeof *w; h++)
            if (evg_key_eq(w[h], s, n)) return 1;
        if (n <= 6 || !evg_ent_one_proclitic(s)) break;
    }
    return 0;
}

/* Is mention mm an Arabic nisba without the article after an indefinite
 * noun of a speaker, maybe with one indefinite adjective between
 * ("مسؤول أمريكي", "مصدر أمني عراقي")?  The speaker's country, which a bare
 * body the speaker names belongs to ("عن مسؤول أمريكي أن وزارة الدفاع");
 * a thing's maker is none ("قافلة فرنسية": speaker_noun). */
static int indefinite_nisba(const scan *st, const evg_mention *mm)
{
    const evg_doc *d = st->d;
    size_t n;
    int32_t k = mm->tok_first;
    if (mm->kind != EVG_MEN_DEMONYM || k < 1 || !evg_ent_same_sent(d, k - 1, k) || d->tokens.v[k].script != EVG_SCRIPT_ARAB)
        return 0;
    const char *s = evg_ent_tok_str(d, k, &n), *p = evg_ent_tok_str(d, k - 1, &n);
    if (memcmp(s, "ال", 4) == 0 || d->tokens.v[k - 1].kind != EVG_TOK_WORD || n < 6 || memcmp(p, "ال", 4) == 0) return 0;
    if (speaker_noun(d, k - 1)) return 1;
    return k >= 2 && evg_ent_same_sent(d, k - 2, k) && speaker_noun(d, k - 2); /* "مصدر أمني عراقي" */
}

/* The country named last before token j in its sentence (an entry), or -1:
 * "دعت مصر، في بيان لوزارة الخارجية، إلى" is Egypt's ministry even in
 * an article about Sudan.  A nisba after an indefinite noun counts as well
 * (indefinite_nisba); the dateline's place does not (home_source weighs it). */
int evg_ent_sentence_country_before(const scan *st, int32_t j)
{
    for (size_t i = st->d->mentions.n; i-- > 0;) {
        const evg_mention *mm = &st->d->mentions.v[i];
        if (mm->tok_first >= j) continue;
        if (!evg_ent_same_sent(st->d, mm->tok_first, j)) break;
        if (evg_ent_dateline_at(st->d, mm->tok_first, mm->tok_end)) continue; /* the reporter's base: home_source's */
        int c = evg_ent_country_entry_of(st, &st->d->entities.v[mm->entity]);
        if (c >= 0 && st->d->entities.v[mm->entity].type && !strcmp(st->d->entities.v[mm->entity].type, "GPE") &&
            (mm->kind == EVG_MEN_NAME || indefinite_nisba(st, mm)))
            return c;
    }
    return -1;
}

/* Is token b "عن" naming a source: "نقلا عن", "صادر عن" (not "تخليه عن",
 * "تنازل عن": giving up the office)? */
static int source_an(const evg_doc *d, int32_t b)
{
    static const char *const by[] = {"نقلا", "صادر", "صادره", "صادرا", "الصادر", "الصادره"};
    return b >= 1 && evg_tok_is(d, (size_t)b, "عن") && evg_ent_same_sent(d, b - 1, b) &&
           evg_tok_in_static(d, (size_t)b - 1, by, sizeof by / sizeof *by, EVG_WS_WAW_FA);
}

/* "وأكدت الرئاسة", "رفضت الرئاسة", "بيان للرئاسة", "the presidency said":
 * the presidency alone acts or speaks (the subject of a verb before it in
 * Arabic, after it in English; a statement's source), so it is a body, not
 * the term of office ("انتخابات الرئاسة", "during his presidency"). */
static int presidency_speaks(const scan *st, const title_hit *h)
{
    static const char *const src[] = {"بيان", "بيانا", "باسم", "مصدر", "مصادر", "statement", "spokesman",
                                      "spokeswoman", "spokesperson"};
    const evg_doc *d = st->d;
    int32_t b = h->first - 1;
    if (d->tokens.v[h->first].script == EVG_SCRIPT_ARAB) {
        if (b < 0 || !evg_ent_same_sent(d, b, h->first) || d->tokens.v[b].kind != EVG_TOK_WORD) return 0;
        size_t n;
        const char *w = evg_ent_tok_str(d, h->first, &n);
        if (evg_tok_in_static(d, (size_t)b, src, 5, EVG_WS_WAW_FA) || source_an(d, b)) return !memcmp(w, "ال", 4) || !memcmp(w, "لل", 4);
        /* after a verb, not a preposition: "ترشح للرئاسة", "تنافس على الرئاسة" are the office */
        if (st->in_timex[b] || evg_tok_is(d, (size_t)h->end, "الدوريه") || evg_tok_is(d, (size_t)h->end, "الدوري"))
            return 0; /* "تسلم أمس الرئاسة الدورية": the rotating office */
        return !memcmp(w, "ال", 4) && !evg_ent_preposition_tok(d, b) &&
               evg_ent_verb_first(st, b);
    }
    if (b < 0 || !evg_tok_is(d, (size_t)b, "the")) return 0;
    if ((size_t)h->end < d->tokens.n && evg_ent_same_sent(d, h->first, h->end) &&
        (evg_ent_reporting_word(st, h->end) || evg_ent_english_verb(st, h->end, 1) ||
         evg_tok_in_static(d, (size_t)h->end, src + 5, 4, EVG_WS_PLAIN)))
        return 1;
    return 0;
}

/* Does a preposition stand right before token k in its sentence (Arabic
 * evg_ent_preposition_tok; English to, of, with, ..., also before "the")?
 * A title after it is the object of the preposition, no subject. */
static int after_preposition(const evg_doc *d, int32_t k)
{
    static const char *const en[] = {"to", "of", "with", "from", "by", "for", "near", "against", "at", "on", "about"};
    if (k >= 2 && evg_tok_is(d, (size_t)k - 1, "the")) k--;
    if (k < 1 || !evg_ent_same_sent(d, k - 1, k)) return 0;
    return evg_ent_preposition_tok(d, k - 1) || evg_tok_in_static(d, (size_t)k - 1, en, sizeof en / sizeof *en, 0);
}

/* Whose country a bare body before token j belongs to when a person
 * speaks in its sentence: the first mention of the sentence is an official
 * named by a title with his country (the subject: "قال وزير الخارجية الكيني ... إن ...
 * وزارة الخارجية" is Kenya's ministry, whatever country the clause names
 * after him), not after a preposition (then he is no subject).  English
 * "his", "her" before the body: the subject (first person) of the last
 * sentence naming one ("Ethiopia's prime minister met
 * Kenya's president ... His foreign ministry" is Ethiopia's).  An entry,
 * or -1. */
static int speaker_country(const scan *st, int32_t j)
{
    const evg_doc *d = st->d;
    int possessive = j >= 1 && d->tokens.v[j].script == EVG_SCRIPT_LATN &&
                     (evg_tok_is(d, (size_t)j - 1, "his") || evg_tok_is(d, (size_t)j - 1, "her"));
    int first = -1, subj = -1;
    for (size_t i = d->mentions.n; i-- > 0;) {
        const evg_mention *mm = &d->mentions.v[i];
        if (mm->tok_first >= j) continue;
        const evg_entity *e = &d->entities.v[mm->entity];
        int is_per = e->type && !strcmp(e->type, "PER") && e->country && *e->country;
        if (possessive) {
            if (subj >= 0 && !evg_ent_same_sent(d, mm->tok_first, d->mentions.v[subj].tok_first)) break;
            if (is_per) subj = (int)i;
            continue;
        }
        if (!evg_ent_same_sent(d, mm->tok_first, j)) break;
        if (!evg_ent_dateline_at(d, mm->tok_first, mm->tok_end)) first = (int)i; /* "مقديشو -" opens no clause */
    }
    if (possessive) return subj < 0 ? -1 : evg_ent_country_entry_of(st, &d->entities.v[d->mentions.v[subj].entity]);
    if (first < 0 || d->mentions.v[first].kind != EVG_MEN_TITLE) return -1; /* "يلقي ماكرون خطابا أمام البرلمان": a visitor */
    const evg_mention *tm = &d->mentions.v[first];
    const evg_entity *e = &d->entities.v[tm->entity];
    if (!e->type || strcmp(e->type, "PER") != 0 || !e->country || !*e->country) return -1;
    if (after_preposition(d, tm->tok_first)) return -1; /* "فصائل مقربة من الرئيس الإيراني": no subject */
    int c = evg_ent_country_entry_of(st, e);
    /* the title names his country ("الكيني", "Uganda's"): not "African Union Commission chairman X" */
    for (size_t i = (size_t)first + 1; i < d->mentions.n && d->mentions.v[i].tok_first < tm->tok_end; i++)
        if (evg_ent_country_entry_of(st, &d->entities.v[d->mentions.v[i].entity]) == c &&
            d->entities.v[d->mentions.v[i].entity].type && !strcmp(d->entities.v[d->mentions.v[i].entity].type, "GPE"))
            return c;
    return -1;
}

static void home_body_fallback(scan *st, title_hit *h)
{
    static const char *const bodies[] = {"foreign_ministry", "defence_ministry", "parliament", "civil_protection",
                                         "civil_defence", "presidential_guard", "treasury",
                                         "presidential_council", "general_security", "presidency", "junta",
                                         "constitutional_court", "supreme_court", "military", "police",
                                         "government", "navy", "republican_guard", "prime_ministry",
                                         "security_forces", "national_security_council", "federal_police"};
    static const char *const loose[] = {"القوات", "forces", "troops", "السلطات", "authorities"};
    size_t b = 0;
    if (h->q.entry >= 0 || strcmp(h->t->type, "ORG") != 0 || !h->t->synth) return;
    while (b < sizeof bodies / sizeof *bodies && strcmp(h->t->office, bodies[b]) != 0) b++;
    if (b == sizeof bodies / sizeof *bodies) return;
    if (!strcmp(h->t->office, "presidency") && (h->end - h->first < 2 || st->d->tokens.v[h->first].script != EVG_SCRIPT_ARAB) &&
        !presidency_speaks(st, h) && !before_person_title(st, h))
        return; /* "رئاسة الجمهورية" is the home presidency; "انتخابات الرئاسة", "his presidency" are terms */
    static const char *const hold[] = {"تولي", "يتولي", "وتولي", "لتولي", "تسلم", "يتسلم", "منصب", "took", "assumed"}; /* folded: تولى is تولي */
    if ((!strcmp(h->t->office, "presidency") || !strcmp(h->t->office, "prime_ministry")) && h->first > 0 &&
        evg_tok_in_static(st->d, (size_t)h->first - 1, hold, sizeof hold / sizeof *hold, EVG_WS_PLAIN))
        return; /* "تولى رئاسة الوزراء": the office held, not the body */
    static const char *const intl[] = {"الدولي", "الدوليه", "الاممي", "الامميه", "العالمي", "العالميه"};
    for (size_t w = 0; w < sizeof intl / sizeof *intl; w++)
        if (evg_tok_is(st->d, (size_t)h->end, intl[w])) return; /* "الشرطة الدولية" is Interpol, no country's */
    if (h->end - h->first == 1) { /* "القوات", "والقوات", "troops" alone: whose forces is the sentence's business */
        size_t n;
        const char *w = evg_ent_tok_str(st->d, h->first, &n);
        for (size_t l = 0; l < sizeof loose / sizeof *loose; l++)
            if (evg_ent_ends_with(w, n, loose[l])) return;
    }
    int c = evg_ent_capital_country_after(st, h->end);
    if (c < 0 && !home_body_context(st, h)) return;
    if (c < 0) c = evg_ent_spokesman_body_country(st, h); /* "المتحدث باسم الرئاسة السفير X" */
    if (c < 0) c = speaker_country(st, h->first);
    if (c < 0) c = evg_ent_close_head_country(st, h); /* "مصادر مقربة من رئيس الوزراء الأردني أن الحكومة" */
    if (c < 0) c = evg_ent_head_in_sentence_country(st, h); /* "... وزارة الخارجية ... وزير الخارجية X" */
    if (c < 0) c = evg_ent_kingdom_body_country(st, h); /* "وأفادت وزارة الخارجية بأن المملكة" */
    if (c < 0) c = evg_ent_written_head_country(st, h); /* "Israel's prime minister ... The government said" */
    if (c < 0) c = evg_ent_near_body_country(st, h->first, h->end, h->first); /* "الجيش السوداني ... قافلة فرنسية ... الجيش" */
    if (c < 0) {
        int32_t home = evg_ent_home_country(st);
        c = home >= 0 ? evg_ent_country_entry_of(st, &st->d->entities.v[home]) : -1;
    }
    if (c < 0) return;
    h->q.entry = c;
    h->office = h->t->office;
    int holder = evg_ent_holder_of(st, h->office, &h->q, evg_ent_sent_day(st->d, h->first));
    if (holder >= 0) h->ent = evg_ent_entity_of(st, holder);
}

void evg_ent_title_fallback(scan *st, title_hit *h)
{
    if (h->q.entry >= 0 && !strcmp(h->t->office, "self")) {
        h->ent = evg_ent_entity_of(st, h->q.entry);
        return;
    }
    state_title_fallback(st, h);
    if (h->ent >= 0) return;
    if (!strcmp(h->t->type, "PER")) h->ent = evg_ent_antecedent_get(st, h->t->office, h->q.entry);
    h->by_ante = h->ent >= 0;
    if (h->ent < 0) home_body_fallback(st, h);
    if (h->ent < 0 && h->q.entry >= 0 && h->t->synth && *h->office)
        h->ent = evg_ent_office_entity(st, h->t, h->office, &h->q, h->os, h->oe);
}

static int32_t charge_words(const scan *st, int32_t k);

/* A title at span ts, qualified by pre (English order) or by what follows. */
/* The qualifier, and the office it gives: "نظيره الروسي" (his Russian
 * counterpart) holds the office of the last person title seen. */
/* End of the portfolio words of an Arabic title (وزير [الدولة للشؤون
 * الخارجية], مديرة [البرامج]): up to three definite words (ال, لل) that are
 * neither names nor demonyms. */
int32_t evg_ent_portfolio_end(const scan *st, int32_t j)
{
    const evg_doc *d = st->d;
    int32_t k = j, extra = 0;
    span m;
    while (k - j - extra < 3 && evg_ent_same_sent(d, j - 1, k) && d->tokens.v[k].kind == EVG_TOK_WORD &&
           d->tokens.v[k].script == EVG_SCRIPT_ARAB && !evg_ent_is_stop_tok(st, k) && !st->in_timex[k]) {
        size_t n;
        const char *s = evg_ent_tok_str(d, k, &n);
        int32_t c = charge_words(st, k);
        if (c == k && (evg_tok_is(d, (size_t)k, "لشوون") || evg_tok_is(d, (size_t)k, "لشءون")) && k + 1 < (int32_t)d->tokens.n)
            c = k + 1; /* "المفوضة الأوروبية لشؤون التوسع": the field's head noun */
        if (c > k) { /* "بالنيابة", "المكلف بحقوق": not portfolio words themselves */
            extra += c - k;
            k = c;
            continue;
        }
        int coord = k > j && n >= 10 && !memcmp(s, "وال", 6); /* "الطاقة والمناجم" */
        if (!coord && (n < 8 || (memcmp(s, "ال", 4) != 0 && memcmp(s, "لل", 4) != 0))) break;
        if (evg_ent_match_at(st, k, GAZ_NAME | GAZ_DEMONYM | GAZ_AMBIG | GAZ_PAIR, &m)) break;
        if (evg_ent_match_at(st, k, GAZ_HONOR, &m)) break; /* "رئيس الأركان الفريق أول ...": the holder's rank */
        if (evg_ent_match_at(st, k, GAZ_TITLE, &m) && !strcmp(st->g->titles.v[st->g->keys.v[m.key].target].type, "PER"))
            break; /* "الرئيس الوزيرة بالنيابة": another person's title */
        k++;
    }
    return k;
}

/* End of the words at k that qualify how an Arabic title is held rather
 * than what it holds: "بالنيابة", "بالوكالة", "بالإنابة" (acting: "الوزيرة
 * بالنيابة للعدل"), and
 * "المكلف" / "المكلفة" with a word in ب after it (in charge of: "وزير الدولة
 * المكلف بحقوق الإنسان"; without the ب word it is a designate, see
 * former_title).  k when there are none. */
static int32_t charge_words(const scan *st, int32_t k)
{
    const evg_doc *d = st->d;
    size_t n;
    if ((size_t)k >= d->tokens.n || d->tokens.v[k].script != EVG_SCRIPT_ARAB) return k;
    static const char *const acting[] = {"بالنيابه", "بالوكاله", "بالانابه"};
    if (evg_tok_in_static(d, (size_t)k, acting, sizeof acting / sizeof *acting, EVG_WS_PLAIN)) return k + 1;
    if (!evg_tok_is(d, (size_t)k, "المكلف") && !evg_tok_is(d, (size_t)k, "المكلفه")) return k;
    if ((size_t)k + 1 >= d->tokens.n || !evg_ent_same_sent(d, k, k + 1) || d->tokens.v[k + 1].kind != EVG_TOK_WORD) return k;
    const char *s = evg_ent_tok_str(d, k + 1, &n);
    return n > 6 && !memcmp(s, "ب", 2) ? k + 2 : k;
}

/* Does a person's name (listed, a variant or not listed) start at j? */
static int name_follows(const scan *st, int32_t j)
{
    span m;
    int32_t e;
    j = evg_ent_honor_skip(st, j);
    return evg_ent_person_after(st, j, &m) || evg_ent_fuzzy_match(st, j, &m) || evg_ent_title_name(st, j, &e);
}

/* "محافظ السليمانية", "عمدة إسطنبول": a governor's or mayor's title takes
 * the listed city or province written after it as its qualifier. */
static int place_qual(const scan *st, const title_hit *h, const span *m, qual *q)
{
    /* a governor or mayor of a city or province; a president or leader of a
     * region that has its own government ("رئيس ولاية بونتلاند", "President
     * of Republika Srpska") */
    int local = !strcmp(h->t->office, "governor") || !strcmp(h->t->office, "mayor");
    int region = !strcmp(h->t->office, "president") || !strcmp(h->t->office, "leader");
    if (!local && !region) return 0;
    const gaz_entry *e = &st->g->ents.v[st->g->keys.v[m->key].target];
    if (e->is_country || (strcmp(e->type, "GPE") != 0 && strcmp(e->type, "LOC") != 0)) return 0;
    if (region && e->capital_of >= 0) return 0; /* a capital stands for its country, as before */
    q->entry = st->g->keys.v[m->key].target;
    q->is_org = 1;
    q->end = m->end, q->oe = m->oe, q->first = m->first, q->os = m->os;
    q->kind = EVG_MEN_NAME;
    return 1;
}

/* The same written after the title, also behind "of" or a place noun:
 * "governor of Kano State", "عمدة مدينة ساو باولو", "والي ولاية الخرطوم". */
static int place_qual_after(const scan *st, const title_hit *h, int32_t j, qual *q)
{
    span m;
    int32_t k = j;
    if (evg_tok_is(st->d, (size_t)k, "of") || evg_ent_place_cue(st, k) == 1 ||
        ((evg_ent_place_cue(st, k) == 2 || evg_tok_is(st->d, (size_t)k, "مقاطعه")) && !evg_ent_match_at(st, k, GAZ_NAME, &m)))
        k++; /* "محافظ منطقة X", "حاكم مقاطعة X" (a listed name must follow); "إقليم كردستان" is one name */
    if (evg_tok_is(st->d, (size_t)k, "the") && k > j) k++; /* "the governor of the Krasnodar region" */
    if (!evg_ent_same_sent(st->d, j - 1, k) || !evg_ent_match_at(st, k, GAZ_NAME, &m)) return 0;
    return place_qual(st, h, &m, q);
}

/* A nisba that is also a common word qualifies a title of the state only:
 * "الجيش المالي", "وزير الخارجية المالي" are Mali's, while "المستشار المالي"
 * (financial adviser), "المدير المالي" and "الجانب المالي" stay words.  The
 * nisbas are the demonyms data/demonyms.tsv leaves out as common words. */
static int word_nisba_qual(const scan *st, const title_hit *h, int32_t j, qual *q)
{
    static const char *const offices[] = {"military", "government", "president", "prime_minister",
                                          "foreign_minister", "defence_minister", "foreign_ministry",
                                          "defence_ministry", "parliament", "embassy", "ambassador",
                                          "intelligence", "presidency", "news_agency", "chief_of_staff", "junta"};
    static const struct { const char *w, *id; } nisba[] = {{"المالي", "mli"}, {"الماليه", "mli"}, {"مالي", "mli"}};
    size_t o = 0, n = 0;
    int in = evg_tok_is(st->d, (size_t)j, "في"); /* "المجلس العسكري في مالي" */
    j += in;
    if ((size_t)j >= st->d->tokens.n || !evg_ent_same_sent(st->d, h->first, j)) return 0;
    while (o < sizeof offices / sizeof *offices && strcmp(h->t->office, offices[o]) != 0) o++;
    if (o == sizeof offices / sizeof *offices) return 0;
    while (n < sizeof nisba / sizeof *nisba && !evg_tok_is(st->d, (size_t)j, nisba[n].w)) n++;
    if (n == sizeof nisba / sizeof *nisba || in != !strncmp(nisba[n].w, "م", 2)) return 0; /* في مالي, المالي */
    if ((q->entry = evg_gaz_find_id(st->g, nisba[n].id)) < 0) return 0;
    const evg_token *t = &st->d->tokens.v[j];
    q->is_org = 0, q->end = j + 1, q->oe = t->oe, q->first = j, q->os = t->os, q->kind = EVG_MEN_DEMONYM;
    return 1;
}

/* Does a field of portfolio words open at k after a title's qualifier: a
 * word in لل, لشؤون, or "المكلف ب..."?  A plain definite word there is the
 * name or another adjective ("الموريتاني المختار ولد اجاي", "المصري
 * الأسبق", "الباكستاني الجنرال"), and بالنيابة is former_title's. */
static int field_opens(const scan *st, int32_t k)
{
    size_t n;
    if ((size_t)k >= st->d->tokens.n || st->d->tokens.v[k].script != EVG_SCRIPT_ARAB) return 0;
    const char *s = evg_ent_tok_str(st->d, k, &n);
    if (n > 6 && !memcmp(s, "لل", 4)) return 1;
    if (evg_tok_is(st->d, (size_t)k, "لشوون") || evg_tok_is(st->d, (size_t)k, "لشءون")) return 1;
    return charge_words(st, k) > k && !evg_tok_is(st->d, (size_t)k, "بالنيابه");
}

/* "رئيس المجلس الأعلى للدولة في ليبيا", "رئيس اللجنة الأولمبية في كينيا
 * بول تيرغات", "زعيم حزب ...": a president's or leader's Arabic title
 * followed by the words of a body nobody listed (a definite head noun of
 * data/gaz_orgwords.tsv first) heads that body, not the country: a country
 * after the body qualifies the person only, and no holder fills the
 * office.  So do a noun and an organisation's adjective ("رئيس البعثة
 * الأممية" heads the UN mission, not the UN), and a delegation or a team and
 * any adjective ("رئيس الوفد الروسي" is no president).  A ruling council (العسكري،
 * السيادي، الرئاسي، الانتقالي) is left to the country's titles.  1 when h
 * was set so. */
/* Is Arabic token k a definite nisba adjective (الأممية, الأوروبي) rather
 * than a noun or a name (لحماس, الاتحاد)? */
static int nisba_adjective_word(const scan *st, int32_t k)
{
    size_t n;
    const char *s = evg_ent_tok_str(st->d, k, &n);
    if (st->d->tokens.v[k].script != EVG_SCRIPT_ARAB || n < 10 || memcmp(s, "ال", 4) != 0) return 0;
    return !memcmp(s + n - 2, "ي", 2) || (n >= 12 && !memcmp(s + n - 4, "يه", 4));
}

/* Is Arabic token k a field word in لل ("للانتخابات")? */
static int field_word(const scan *st, int32_t k)
{
    size_t n;
    const char *s = evg_ent_tok_str(st->d, k, &n);
    return st->d->tokens.v[k].script == EVG_SCRIPT_ARAB && n > 6 && !memcmp(s, "لل", 4);
}

static int body_head_title(const scan *st, title_hit *h, const span *ts, const span *pre)
{
    static const char *const ruling[] = {"العسكري", "السيادي", "الرءاسي", "الانتقالي"};
    const evg_doc *d = st->d;
    size_t n;
    qual q;
    if (pre || strcmp(h->t->type, "PER") != 0 || (strcmp(h->t->office, "president") && strcmp(h->t->office, "leader")) ||
        (size_t)ts->end >= d->tokens.n || d->tokens.v[ts->end].script != EVG_SCRIPT_ARAB || evg_ent_qual_after(st, ts->end, &q))
        return 0;
    const char *s = evg_ent_tok_str(d, ts->end, &n);
    if (n <= 4 || memcmp(s, "ال", 4) != 0) return 0;
    int32_t p = evg_ent_portfolio_end(st, ts->end), p2;
    if (p <= ts->end) return 0;
    if ((size_t)p < d->tokens.n && field_word(st, p) && (p2 = evg_ent_portfolio_end(st, p)) > p)
        p = p2; /* the field after three words: "الهيئة العليا المستقلة للانتخابات" */
    int body = evg_ent_org_word_class(st->g, s, n) == 'H', of_org = 0;
    static const char *const party[] = {"الوفد", "البعثه", "الفريق"};
    int delegation = evg_tok_in_static(d, (size_t)ts->end, party, sizeof party / sizeof *party, EVG_WS_PLAIN);
    if (!body && evg_ent_qual_after(st, p, &q) && (q.is_org || delegation) && q.first == p && nisba_adjective_word(st, p))
        body = of_org = 1; /* "البعثة الأممية", "الوفد الروسي" */
    body = body || delegation; /* "رئيس البعثة الأوروبية في النيجر" */
    if (!body) return 0;
    for (int32_t k = ts->end; k < p; k++)
        if (evg_tok_in_static(d, (size_t)k, ruling, sizeof ruling / sizeof *ruling, EVG_WS_PLAIN)) return 0;
    h->end = p, h->oe = d->tokens.v[p - 1].oe, h->portfolio = 1, h->body_head = 1;
    if (of_org) h->q = q, h->end = q.end, h->oe = q.oe; /* named too, but its head is not meant */
    else if (evg_ent_qual_after(st, p, &h->q) && !h->q.is_org) h->end = h->q.end, h->oe = h->q.oe;
    else memset(&h->q, 0, sizeof h->q), h->q.entry = h->q.first = -1;
    h->office = "";
    return 1;
}

/* The person title of office o, or NULL ("intelligence_chief"). */
static const gaz_title *person_title_of(const struct evg_gazetteer *g, const char *o)
{
    for (size_t t = 0; t < g->titles.n; t++)
        if (!strcmp(g->titles.v[t].office, o) && !strcmp(g->titles.v[t].type, "PER")) return &g->titles.v[t];
    return NULL;
}

/* The chief of the security body whose ORG title is bt: the person title
 * of its office + "_chief" (data/titles.tsv), qualified by q and ending at
 * end/oe, replaces h's title.  0 when titles.tsv has no such chief. */
static int set_body_chief(const scan *st, title_hit *h, const gaz_title *bt, const qual *q, int32_t end, int32_t oe)
{
    char office[128];
    evg_str3(office, sizeof office, bt->office, "_", "chief");
    const gaz_title *pt = person_title_of(st->g, office);
    if (!pt) return 0;
    h->t = pt;
    h->q = *q;
    h->end = end, h->oe = oe;
    h->office = pt->office;
    return 1;
}

/* "the head of Kenyan intelligence", "chief of Turkish military
 * intelligence": the English order of chief_of_body_title, a one-word
 * head's title, "of" (and "the"), a demonym or a country and a security
 * body's title (ORG, not GOV): that body's chief, as in Arabic.  1 when h
 * was set so. */
static int latin_chief_of_body(const scan *st, title_hit *h, const span *ts)
{
    const evg_doc *d = st->d;
    span dm, b;
    qual q;
    int32_t j = ts->end + 1;
    if (!evg_tok_is(d, (size_t)ts->end, "of") || (size_t)j >= d->tokens.n || !evg_ent_same_sent(d, ts->first, j)) return 0;
    if (evg_tok_is(d, (size_t)j, "the")) j++;
    if ((size_t)j >= d->tokens.n || !evg_ent_match_at(st, j, GAZ_DEMONYM | GAZ_NAME, &dm) || !evg_ent_make_qual(st, &dm, &q) ||
        q.is_org || (size_t)dm.end >= d->tokens.n || !evg_ent_same_sent(d, j, dm.end))
        return 0;
    if (!evg_ent_match_at(st, dm.end, GAZ_TITLE, &b)) return 0;
    const gaz_title *bt = &st->g->titles.v[st->g->keys.v[b.key].target];
    if (strcmp(bt->type, "ORG") != 0 || !strcmp(bt->role, "GOV")) return 0;
    return set_body_chief(st, h, bt, &q, b.end, b.oe);
}

/* "رئيس المخابرات الأردنية", "مدير الاستخبارات التونسية": a one-word
 * head's title (رئيس، مدير، قائد) before a security body's title (the
 * intelligence, the military intelligence: an ORG title whose role is not
 * GOV) and its country heads that body; it is no president.  The office is
 * the body's office with "_chief" when data/titles.tsv has such a person
 * title ("intelligence_chief"), whose holder of the day or office entity
 * (with that title's role) it names; body_of_title names the body too.
 * 1 when h was set so. */
static int chief_of_body_title(const scan *st, title_hit *h, const span *ts, const span *pre)
{
    const evg_doc *d = st->d;
    span b;
    qual q;
    if (pre || strcmp(h->t->type, "PER") != 0 || strcmp(h->t->org_office, "head") != 0 || ts->end - ts->first != 1 ||
        (size_t)ts->end >= d->tokens.n)
        return 0;
    if (d->tokens.v[ts->end].script == EVG_SCRIPT_LATN) return latin_chief_of_body(st, h, ts);
    if (d->tokens.v[ts->end].script != EVG_SCRIPT_ARAB) return 0;
    if (!evg_ent_match_at(st, ts->end, GAZ_TITLE, &b)) return 0;
    const gaz_title *bt = &st->g->titles.v[st->g->keys.v[b.key].target];
    if (strcmp(bt->type, "ORG") != 0 || !strcmp(bt->role, "GOV") || !evg_ent_qual_after(st, b.end, &q) || q.is_org ||
        q.first != b.end)
        return 0;
    return set_body_chief(st, h, bt, &q, q.end, q.oe);
}

/* "Prime Minister John Murphy of Ireland", "Grand Duke Henri of
 * Luxembourg": an English person title with nothing before it, a name (a
 * listed one, a variant, an unlisted one, or one capitalised word), then
 * "of" and a country.  The country qualifies the title; the name stays
 * between (title_resolve_at reads it).  1 when q was set so (else q is
 * left alone). */
static int latin_name_of_country(const scan *st, const title_hit *h, const span *ts, qual *q)
{
    const evg_doc *d = st->d;
    span m;
    int32_t e, j = evg_ent_honor_skip(st, ts->end);
    if (strcmp(h->t->type, "PER") != 0 || (size_t)j >= d->tokens.n || d->tokens.v[j].script != EVG_SCRIPT_LATN ||
        !evg_ent_same_sent(d, ts->first, j) || !evg_ent_cap_word(st, j))
        return 0;
    if (evg_ent_person_after(st, j, &m) || evg_ent_fuzzy_match(st, j, &m)) e = m.end;
    else if (!evg_ent_title_name(st, j, &e)) e = j + 1; /* "Henri", "Margrethe" */
    if ((size_t)e + 1 >= d->tokens.n || !evg_tok_is(d, (size_t)e, "of") || !evg_ent_same_sent(d, j, e + 1)) return 0;
    qual t = *q; /* q is left as it was unless the country qualifies */
    if (!evg_ent_qual_after(st, e, &t) || t.is_org || t.entry < 0 || !st->g->ents.v[t.entry].is_country) return 0;
    *q = t;
    return 1;
}

void evg_ent_title_qualify(const scan *st, title_hit *h, const span *ts, const span *pre)
{
    int32_t p;
    if (chief_of_body_title(st, h, ts, pre)) return;
    if (body_head_title(st, h, ts, pre)) return;
    if (pre ? evg_ent_make_qual(st, pre, &h->q) || place_qual(st, h, pre, &h->q)
            : evg_ent_qual_after(st, ts->end, &h->q) || place_qual_after(st, h, ts->end, &h->q) ||
                  word_nisba_qual(st, h, ts->end, &h->q)) {
        if (!pre) h->end = h->q.end, h->oe = h->q.oe;
        if (!pre && !strcmp(h->t->type, "PER") && field_opens(st, h->end) && (p = evg_ent_portfolio_end(st, h->end)) > h->end &&
            name_follows(st, p))
            h->end = p, h->oe = st->d->tokens.v[p - 1].oe, h->portfolio = 1; /* "المفوض الأوروبي للطاقة" */
    } else if (!pre && !strcmp(h->t->type, "PER") && (p = evg_ent_portfolio_end(st, ts->end)) > ts->end &&
               (evg_ent_qual_after(st, p, &h->q) || name_follows(st, p))) {
        if (h->q.entry >= 0) h->end = h->q.end, h->oe = h->q.oe;
        else h->end = p, h->oe = st->d->tokens.v[p - 1].oe, h->portfolio = 1;
        if (h->q.entry >= 0 && field_opens(st, h->end) && (p = evg_ent_portfolio_end(st, h->end)) > h->end && name_follows(st, p))
            h->end = p, h->oe = st->d->tokens.v[p - 1].oe, h->portfolio = 1; /* "وزير الدولة الإماراتي للشؤون الخارجية" */
    } else if (!pre && !strcmp(h->t->office, "self") && (p = evg_ent_portfolio_end(st, ts->end)) > ts->end &&
               evg_ent_qual_after(st, p, &h->q)) { /* "وزارة الصحة السودانية" */
        if (h->q.entry >= 0) h->end = h->q.end, h->oe = h->q.oe;
        else h->end = p, h->oe = st->d->tokens.v[p - 1].oe;
    } else if (!pre && latin_name_of_country(st, h, ts, &h->q)) { /* the qualifier after the name */
    } else if (*h->t->deflt) {
        h->q.entry = evg_gaz_find_id(st->g, h->t->deflt);
        h->q.is_org = h->q.entry >= 0 && !st->g->ents.v[h->q.entry].is_country;
    }
    h->office = h->q.is_org ? h->t->org_office : h->t->office;
    if (!strcmp(h->office, "counterpart")) h->office = st->ante.n ? st->ante.v[st->ante.n - 1].office : "";
}
