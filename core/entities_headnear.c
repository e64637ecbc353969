/*
 * entities_headnear.c - actors: whose a bare state body is, read from a
 * head of the body or of its state named near it with his country.
 *
 * Owns two clues of home_body_fallback (entities_qualify.c); both hold in
 * Arabic and English alike:
 *   - sources close to a head: "مصادر مقربة من رئيس الوزراء الأردني أن
 *     الحكومة ...", "sources close to President X said the government ..."
 *     report the head's circle, so a bare body in that sentence is the
 *     head's state, whatever the dateline (a bare title counts here: the
 *     listed holder's country);
 *   - a head with his country written ("رئيس الوزراء الإسرائيلي", "Israel's
 *     prime minister", "Turkish President") who opens a clause after the
 *     body in its sentence, or in the sentence before it in the paragraph:
 *     the writer named that state, so its body is meant, whatever the
 *     dateline.  A head with a bare title still yields to the dateline
 *     (entities_owner.c, session 18).
 * Neither holds for a former head, a head in the genitive of a noun, a
 * "close to" that qualifies no source, a body that answers the head or
 * that the head says lies (session 19 mends).
 * They read gazetteer keys (a name after the body is not scanned yet) and
 * return a country entry of the gazetteer, or -1.
 */
#include "entities_int.h"

/* Is office o one of the heads of the body office `body`: its own head
 * (the foreign minister of the foreign ministry) or, for the government
 * and the presidency, a head of state or of government? */
static int heads_body(const char *body, const char *o)
{
    static const struct { const char *body, *head; } heads[] = {
        {"foreign_ministry", "foreign_minister"}, {"defence_ministry", "defence_minister"},
        {"parliament", "parliament_speaker"}, {"government", "prime_minister"}, {"government", "president"},
        {"government", "king"}, {"government", "emir"}, {"government", "sultan"}, {"government", "chancellor"},
        {"government", "head_of_state"}, {"prime_ministry", "prime_minister"}, {"presidency", "president"},
        {"presidency", "head_of_state"}};
    for (size_t i = 0; i < sizeof heads / sizeof *heads; i++)
        if (!strcmp(heads[i].body, body) && !strcmp(heads[i].head, o)) return 1;
    return 0;
}

/* The country entry of gazetteer entry e (a country, a demonym's country,
 * a person's country), or -1. */
static int country_of_entry(const scan *st, int e)
{
    evg_entity x;
    memset(&x, 0, sizeof x);
    x.country = st->g->ents.v[e].country;
    return evg_ent_country_entry_of(st, &x);
}

/* English writes a head's country before the title: "Israeli Prime
 * Minister", "the Turkish president", "Israel's prime minister".  The
 * country entry written right before title token k, or -1; its first token
 * in *first. */
static int latin_country_before(const scan *st, int32_t k, int32_t *first)
{
    span b;
    int32_t e = k;
    if (k >= 2 && evg_tok_is(st->d, (size_t)k - 1, "'s")) e = k - 1;
    for (int32_t i = e - 1; i >= 0 && i >= e - 3 && evg_ent_same_sent(st->d, i, k); i--) {
        if (!evg_ent_match_at(st, i, GAZ_DEMONYM | GAZ_NAME, &b) || b.end != e) continue;
        *first = i;
        return country_of_entry(st, st->g->keys.v[b.key].target);
    }
    return -1;
}

/* Is the Arabic head phrase at title token k (title, its country, a
 * listed name) followed by a verb in the present: then the word before
 * the title is a noun whose genitive the head is, the subject of that verb
 * ("صور الرئيس ... تملأ", "اغتيال الوزير ... يثير"), not a verb. */
static int present_after_head(const scan *st, int32_t k)
{
    const evg_doc *d = st->d;
    span t, m;
    qual q;
    size_t n;
    if (!evg_ent_match_at(st, k, GAZ_TITLE, &t)) return 0;
    int32_t j = t.end;
    if (evg_ent_qual_after(st, j, &q) && q.first >= 0) j = q.end;
    if (evg_ent_person_after(st, evg_ent_honor_skip(st, j), &m)) j = m.end;
    if ((size_t)j >= d->tokens.n || !evg_ent_same_sent(d, k, j) || d->tokens.v[j].kind != EVG_TOK_WORD) return 0;
    const char *w = evg_ent_tok_str(d, j, &n);
    if (evg_ar_verb_shape(w, n, EVG_VS_IMPERFECT)) return 1;
    return n == 8 && (!memcmp(w, "\xD8\xAA", 2) || !memcmp(w, "\xD9\x8A", 2)); /* تملا، يبدا: final hamza */
}

/* Arabic opens a sentence with its verb: is the word before Arabic title
 * token k the first word of its sentence or clause (after the dateline's
 * dash or a comma), and no name, title or particle ("وصل وزير الخارجية
 * الروسي", "تحدث الرئيس الأوكراني")?  The verbs of evg_ent_head_opens_clause
 * are a list and shapes; this takes any verb where Arabic puts one (a
 * noun there is noun_before_head's). */
static int after_opening_verb(const scan *st, int32_t k)
{
    static const char *const particles[] = {"ان", "انه", "بان", "لان", "كما", "ما", "لكن", "اذا", "لو", "قد", "لقد"};
    const evg_doc *d = st->d;
    span m;
    size_t n;
    int32_t p = k - 1;
    if (p < 0 || !evg_ent_same_sent(d, p, k) || d->tokens.v[p].kind != EVG_TOK_WORD || d->tokens.v[p].script != EVG_SCRIPT_ARAB)
        return 0;
    if (p > 0 && evg_ent_same_sent(d, p - 1, p) && d->tokens.v[p - 1].kind == EVG_TOK_WORD) return 0;
    if (evg_tok_in_static(d, (size_t)p, particles, sizeof particles / sizeof *particles, EVG_WS_WAW_FA)) return 0;
    if (evg_ent_match_at(st, p, GAZ_NAME | GAZ_DEMONYM | GAZ_TITLE, &m)) return 0;
    evg_ent_tok_str(d, p, &n);
    return n >= 6; /* three letters at least */
}

/* Is the Arabic word before title token k a noun whose genitive the head
 * is: it ends in ة (مقاطعة، زيارة: no verb does), or the head phrase is
 * followed by a present verb (present_after_head)?  Then the head opens
 * no clause, whatever the shape of that word. */
static int noun_before_head(const scan *st, int32_t k)
{
    const evg_doc *d = st->d;
    if (k < 1 || d->tokens.v[k].script != EVG_SCRIPT_ARAB || !evg_ent_same_sent(d, k - 1, k)) return 0;
    return evg_ent_orig_ends_in(d, k - 1, "\xD8\xA9") || present_after_head(st, k);
}

/* Is the head whose title ends at tend, with his country ending at
 * qend (Arabic) or starting at first (English), a former one: السابق or
 * الأسبق after the title or its country, "former" or "ex-" before the
 * head?  He heads no body now, so he names none. */
static int former_head(const scan *st, int32_t tend, int32_t qend, int32_t first)
{
    static const char *const ar[] = {"السابق", "السابقه", "الاسبق", "الاسبقه"};
    const evg_doc *d = st->d;
    for (int32_t j = tend; j <= qend; j++)
        if ((size_t)j < d->tokens.n && evg_ent_same_sent(d, tend - 1, j) &&
            evg_tok_in_static(d, (size_t)j, ar, sizeof ar / sizeof *ar, 0))
            return 1;
    int32_t b = first - 1;
    if (b >= 1 && evg_tok_is(d, (size_t)b, "-") && evg_tok_is(d, (size_t)b - 1, "ex")) return 1;
    return b >= 0 && evg_ent_same_sent(d, b, first) && evg_tok_is(d, (size_t)b, "former");
}

/* A head title of the body office `body` at token k with no deputy word
 * before it: its end in *end, the country written with it (after it in
 * Arabic, before it in English) in *country (-1 when none), and in *open
 * whether it opens a clause (evg_ent_head_opens_clause, read where the
 * English country starts, or after_opening_verb; not after a noun:
 * noun_before_head). */
static int head_title_at(const scan *st, int32_t k, const char *body, int32_t *end, int *country, int *open)
{
    span t;
    qual q;
    int32_t first = k;
    if (!evg_ent_match_at(st, k, GAZ_TITLE, &t) || t.first != k) return 0;
    const gaz_title *tt = &st->g->titles.v[st->g->keys.v[t.key].target];
    if (strcmp(tt->type, "PER") != 0 || !heads_body(body, tt->office) || evg_ent_deputy_word(st, k - 1)) return 0;
    *country = -1;
    int32_t qend = t.end;
    if (st->d->tokens.v[k].script == EVG_SCRIPT_ARAB) {
        if (evg_ent_qual_after(st, t.end, &q) && q.entry >= 0 && q.first >= 0 && !q.is_org)
            *country = country_of_entry(st, q.entry), qend = q.end;
    } else {
        *country = latin_country_before(st, k, &first);
    }
    if (former_head(st, t.end, qend, first)) return 0;
    *end = t.end;
    *open = !noun_before_head(st, k) && (evg_ent_head_opens_clause(st, first) || after_opening_verb(st, k));
    return 1;
}

/* Is the word before "close to" at k a noun of the people a report comes
 * from (sources, people, circles, officials; مصادر، أوساط، مسؤولون)?
 * Only they speak for the head's circle: "militias close to the
 * president" who shell a camp say nothing of a body in their sentence. */
static int source_noun_before(const scan *st, int32_t k)
{
    static const char *const w[] = {"sources", "source", "people", "circles", "officials", "aides", "figures",
                                    "مصادر", "مصدر", "اوساط", "دوائر", "مسءولون", "مسءولين", "شخصيات", "اشخاص"};
    const evg_doc *d = st->d;
    return k >= 1 && evg_ent_same_sent(d, k - 1, k) && evg_tok_in_static(d, (size_t)k - 1, w, sizeof w / sizeof *w, EVG_WS_WAW_FA);
}

/* Is token k the word "close" of "close to" or Arabic مقرب/قريب (any
 * number and gender) followed by من? */
static int close_to_at(const scan *st, int32_t k)
{
    static const char *const ar[] = {"مقربه", "مقربون", "مقربين", "مقرب", "قريبه", "قريبون", "قريبين", "قريب",
                                     "المقربه", "المقربون", "المقربين", "القريبه"};
    const evg_doc *d = st->d;
    if ((size_t)k + 1 >= d->tokens.n || !evg_ent_same_sent(d, k, k + 1)) return 0;
    if (evg_tok_is(d, (size_t)k, "close") && evg_tok_is(d, (size_t)k + 1, "to")) return source_noun_before(st, k);
    return evg_tok_in_static(d, (size_t)k, ar, sizeof ar / sizeof *ar, EVG_WS_WAW_FA) &&
           evg_tok_is(d, (size_t)k + 1, "من") && source_noun_before(st, k);
}

/* The country of the head or listed person named right after "close to"
 * at j: a head title with its country written, else the listed holder
 * named after the title or after honorifics; -1 if none. */
static int close_head_country(const scan *st, int32_t j, const char *body)
{
    span m;
    int32_t end;
    int c = -1, open;
    if ((size_t)j < st->d->tokens.n && evg_tok_is(st->d, (size_t)j, "the")) j++;
    if ((size_t)j >= st->d->tokens.n) return -1;
    int32_t k = j;
    if (st->d->tokens.v[j].script == EVG_SCRIPT_LATN) /* "close to Jordan's prime minister" */
        for (int32_t i = j; i < j + 4 && (size_t)i < st->d->tokens.n && evg_ent_same_sent(st->d, j, i); i++)
            if (head_title_at(st, i, body, &end, &c, &open)) { k = i; break; }
    if (k == j && !head_title_at(st, j, body, &end, &c, &open)) end = j;
    if (c >= 0) return c;
    if (evg_ent_person_after(st, evg_ent_honor_skip(st, end), &m)) return country_of_entry(st, st->g->keys.v[m.key].target);
    return -1;
}

/* The country of the head named after the last "close to" (مقربة من)
 * before the body at h in its sentence (close_head_country), or -1. */
int evg_ent_close_head_country(const scan *st, const title_hit *h)
{
    int32_t s = h->first;
    while (s > 0 && evg_ent_same_sent(st->d, s - 1, h->first)) s--;
    for (int32_t k = h->first - 2; k >= s; k--)
        if (close_to_at(st, k)) return close_head_country(st, k + 2, h->t->office);
    return -1;
}

/* Does the sentence of the body at h name a country before it, outside
 * the dateline?  Then that country decides (evg_ent_sentence_country_before). */
static int country_named_before(const scan *st, const title_hit *h)
{
    const evg_doc *d = st->d;
    for (size_t i = d->mentions.n; i-- > 0;) {
        const evg_mention *mm = &d->mentions.v[i];
        if (mm->tok_first >= h->first) continue;
        if (!evg_ent_same_sent(d, mm->tok_first, h->first)) break;
        const evg_entity *e = &d->entities.v[mm->entity];
        if (e->type && !strcmp(e->type, "GPE") && !evg_ent_dateline_at(d, mm->tok_first, mm->tok_end)) return 1;
    }
    return 0;
}

/* Is there no blank line between sentences a < b? */
static int same_paragraph(const evg_doc *d, int32_t a, int32_t b)
{
    int32_t from = d->sentences.v[a].oe, to = d->sentences.v[b].os;
    for (int32_t k = from; k + 1 < to && k - from < 64; k++)
        if (d->raw.p[k] == '\n' && (d->raw.p[k + 1] == '\n' || d->raw.p[k + 1] == '\r')) return 0;
    return d->sentences.v[a].section == d->sentences.v[b].section;
}

/* Does the head whose words start at k name the speaker of what comes
 * before him: after a comma (", Israel's prime minister said"), or in
 * Arabic after a speech verb behind ما ("بحسب ما قال", "حسبما أكد")?  A
 * head who acts in a clause of his own ("فيما انتقد الرئيس التركي")
 * is no clue to the body before him. */
static int speaker_after(const scan *st, int32_t k)
{
    static const char *const as[] = {"ما", "حسبما", "بحسب", "كما", "وفقا"};
    const evg_doc *d = st->d;
    if (k >= 1 && evg_tok_is(d, (size_t)k - 1, "the")) k--;
    if (k < 1 || !evg_ent_same_sent(d, k - 1, k)) return 0;
    if (d->tokens.v[k - 1].kind != EVG_TOK_WORD) return 1;
    return d->tokens.v[k].script == EVG_SCRIPT_ARAB && k >= 2 && evg_ent_is_stop_tok(st, k - 1) &&
           evg_tok_in_static(d, (size_t)k - 2, as, sizeof as / sizeof *as, EVG_WS_WAW_FA);
}

/* The country written with the first head of `body` in tokens [from, to)
 * that opens a clause (after the body: that names the speaker,
 * speaker_after), or -1. */
static int written_head_in(const scan *st, int32_t from, int32_t to, const char *body, int after)
{
    int32_t end, first;
    int c, open;
    for (int32_t k = from; k < to; k++) {
        if (!head_title_at(st, k, body, &end, &c, &open) || c < 0 || !open) continue;
        first = k;
        if (after && st->d->tokens.v[k].script == EVG_SCRIPT_LATN) latin_country_before(st, k, &first);
        if (!after || speaker_after(st, first)) return c;
    }
    return -1;
}

/* Is the body at h the subject of a verb of answering or refusing: in
 * Arabic the verb right before it ("وردت الحكومة", "ونفت الحكومة"), in
 * English the word after it, past an auxiliary ("the government rejected")?
 * Then it answers what the sentence before told, a head's words among
 * them: it is the other side, and the head names no state for it. */
static int body_answers(const scan *st, const title_hit *h)
{
    static const char *const ar[] = {"رد", "ردت", "ترد", "يرد", "نفت", "تنفي", "نفي", "ينفي",
                                     "رفضت", "ترفض", "رفض", "يرفض"};
    static const char *const en[] = {"rejected", "denied", "responded", "replied", "dismissed", "rebuffed",
                                     "answered", "rejects", "denies", "responds", "replies", "dismisses"};
    const evg_doc *d = st->d;
    int32_t j = h->end;
    if (d->tokens.v[h->first].script == EVG_SCRIPT_ARAB)
        return h->first >= 1 && evg_ent_same_sent(d, h->first - 1, h->first) &&
               evg_tok_in_static(d, (size_t)h->first - 1, ar, sizeof ar / sizeof *ar, EVG_WS_WAW_FA);
    if (evg_tok_is(d, (size_t)j, "has") || evg_tok_is(d, (size_t)j, "had")) j++;
    return (size_t)j < d->tokens.n && evg_ent_same_sent(d, h->first, j) && evg_tok_in_static(d, (size_t)j, en, sizeof en / sizeof *en, 0);
}

/* Do the words after the body at h, up to token to, say it lies or
 * deceives ("الحكومة تكذب", "the government is lying")?  A head who says
 * so speaks of another state's body, not his own. */
static int body_accused(const scan *st, const title_hit *h, int32_t to)
{
    static const char *const w[] = {"تكذب", "يكذب", "كذبت", "كذب", "تخدع", "خدعت", "تضلل", "ضللت", "تتستر",
                                    "lies", "lied", "lying", "deceived", "deceiving", "misled", "misleading"};
    for (int32_t j = h->end; j < to; j++)
        if (evg_tok_in_static(st->d, (size_t)j, w, sizeof w / sizeof *w, EVG_WS_WAW_FA)) return 1;
    return 0;
}

/* The country written with a head of the body at h: one named as the
 * speaker after the body in its sentence (unless the sentence says the
 * body lies: body_accused), else one opening a clause in the sentence
 * before it in the paragraph (unless the body answers: body_answers); -1
 * when the body's sentence names a country before it (outside the
 * dateline) or no such head is named. */
int evg_ent_written_head_country(const scan *st, const title_hit *h)
{
    const evg_doc *d = st->d;
    int32_t si = d->tokens.v[h->first].sent;
    if (country_named_before(st, h)) return -1;
    int32_t se = d->sentences.v[si].tok_end;
    int c = body_accused(st, h, se) ? -1 : written_head_in(st, h->end, se, h->t->office, 1); /* "..., Israel's prime minister said" */
    if (c < 0 && si > 0 && same_paragraph(d, si - 1, si) && !body_answers(st, h))
        c = written_head_in(st, d->sentences.v[si - 1].tok_first, d->sentences.v[si - 1].tok_end, h->t->office, 0);
    return c;
}
