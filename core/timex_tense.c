/*
 * timex_tense.c - the tense of each clause, for the time tagger: which way a
 * bare weekday or a year-less date points (timex_resolve.c reads
 * tx_scan.future and tx_scan.past).
 *
 * Cues, strongest first:
 *   - the future words of data/timewords.tsv (سوف, المقبل, will), verbs
 *     with the future prefix سـ (سيزور, ستعقد), English modals before a
 *     verb ("could sign", "may take place"), the English present
 *     progressive ("is visiting") and "to" + a verb after a verb of
 *     decision ("agreed on Wednesday to cut output from November"),
 *     "to" after an active verb of inviting ("invited him to Rome in
 *     March"): future;
 *   - the past-tense verbs of data/timewords.tsv: past, either a report
 *     (قال, said: -1) or an event (زار, signed: -2, which also places a
 *     year-less month on or before the reference date); then, weaker than
 *     any listed word, verbs known by their shape (timex_perfect.c: the
 *     Arabic perfect اقتحمت, استقال; English -ed) as events, and "to be" +
 *     a participle ("to be signed in March") as a future;
 *   - an Arabic imperfect verb (يزور الرئيس القاهرة الثلاثاء; القمة التي
 *     تعقد الخميس): the present or the future, unless لم/لما (a negated
 *     past) stands right before it or a form of كان (a past habit) up to
 *     three words before it.  The
 *     imperfect verbs are those of data/timewords.tsv and data/triggers.tsv
 *     (kind imperf, with their persons and numbers), and, at the head of a
 *     clause only, any word shaped like one (ي + at least three letters,
 *     not a time word nor a noun of the exclusion list below; ت + four
 *     letters or more, only right before a weekday).  Listed forms with ت count only
 *     at the head of a clause, since ت also begins verbal nouns, names and
 *     form-V perfects (توقع "expectation" / "expected", تركيا, ترامب).  Statement verbs
 *     (يقول، يذكر أن، يأتي ذلك) are listed with value 0: news uses them in
 *     the present to report the past.
 * After منذ or "since", up to the end of the clause or the next cue, a date
 * lies on or before the reference date ("سيعود الطلاب إلى المدارس الشهر المقبل،
 * بعد إغلاقها منذ وقوع الزلزال في 6 شباط": February is past).
 * As HeidelTime does with verb tenses, the nearest strong cue before a token
 * decides, else the first strong cue after it ("قال يوم السبت إنه سيسافر
 * الشهر المقبل": Saturday is past, next month future).  An imperfect cue
 * holds from its verb to the end of its clause (the next comma, colon,
 * full stop or bracket), over an earlier strong cue, and is never looked
 * for after the token.
 *
 * A سـ word counts as a future verb only with the shape of one (a person
 * prefix and a stem of three letters, or a listed two-letter stem) and
 * when no name of the gazetteer covers it ("لولا دا سيلفا", سيول): the
 * gazetteer's key index is read (entities_gaz.h), one probe per candidate.
 *
 * Works on folded tokens; no state but a sentence's tx_tenses, which computes
 * the cues only as far as a token's tense is asked (speed: the tokens after
 * the last time expression of a sentence are mostly never read).  Exports
 * tx_sentence_tenses and tx_tenses_open / tx_tense_at / tx_tenses_close
 * (timex_int.h).
 */
#include "timex_int.h"
#include "entities_gaz.h" /* names that look like future verbs (سيلفا) */

#define AR_YA "\xd9\x8a"
#define AR_TA "\xd8\xaa"

/* Does a name of the gazetteer cover token i (a key starting up to three
 * tokens before it: "لولا دا سيلفا", "سيول")?  One hash probe per start. */
static int gazetteer_name(const evg_doc *doc, size_t i)
{
    const struct evg_gazetteer *g = doc->ctx->gaz;
    char sk[128];
    size_t n;
    for (size_t back = 0; g && back <= 3 && back <= i; back++) {
        const char *w = evg_tok_text(doc, &doc->tokens.v[i - back], &n);
        int len = evg_gaz_skel(w, n, sk, sizeof sk);
        for (int k = len > 0 ? evg_gaz_bucket(g, sk, (size_t)len) : -1; k >= 0; k = g->keys.v[k].next) {
            const gaz_key *key = &g->keys.v[k];
            if (!(key->kind & GAZ_NAME) || key->ntok <= (int)back || i - back + (size_t)key->ntok > doc->tokens.n)
                continue;
            int same = 1;
            for (int t = 0; t < key->ntok && same; t++) same = evg_tok_is(doc, i - back + (size_t)t, key->tok[t]);
            if (same) return 1;
        }
    }
    return 0;
}

/* A preposition right before token i (في سيول, إلى سيناء): a name follows, not a verb. */
static int after_preposition(const evg_doc *doc, size_t i)
{
    static const char *preps[] = {"\xd9\x81\xd9\x8a", "\xd8\xa7\xd9\x84\xd9\x8a", "\xd8\xb9\xd9\x84\xd9\x8a", /* في الي علي */
                                  "\xd8\xb9\xd9\x86", "\xd9\x85\xd8\xb9", "\xd8\xa8\xd9\x8a\xd9\x86",             /* عن مع بين */
                                  "\xd8\xad\xd9\x88\xd9\x84", "\xd8\xb6\xd8\xaf", "\xd8\xb9\xd8\xa8\xd8\xb1"};    /* حول ضد عبر */
    if (i == 0) return 0;
    for (size_t k = 0; k < sizeof preps / sizeof *preps; k++)
        if (evg_tok_is(doc, i - 1, preps[k])) return 1;
    return 0;
}

/* Future verbs whose stem after س and the person prefix has two letters
 * (يتم, يصل, يقع, يضع: hollow and assimilated roots), in the persons ي ت ن. */
static int short_future(const char *s, size_t n)
{
    static const char *stems[] = {"\xd8\xaa\xd9\x85", "\xd8\xb5\xd9\x84", "\xd9\x82\xd8\xb9", "\xd8\xb6\xd8\xb9", /* تم صل قع ضع */
                                  "\xd8\xb9\xd8\xaf", "\xd9\x81\xd9\x8a"};                                       /* عد في */
    if (n != 8) return 0;
    for (size_t k = 0; k < sizeof stems / sizeof *stems; k++)
        if (memcmp(s + 4, stems[k], 4) == 0) return 1;
    return 0;
}

/* Is token i a verb with the future prefix سـ (سيزور, ستعقد, سنناقش, سأزور,
 * وسيعقد)?  Shape: [و|ف] س + a person prefix ي ت ن أ (the hamza as written:
 * "ساعات", "ساعدت", "سافر" are no future) + a stem of three
 * letters or more (or one of the two-letter stems of short_future).  Nouns
 * that start the same way are excluded by their first letters, and names by
 * the gazetteer ("لولا دا سيلفا", سيول) or a preposition before them. */
static int future_verb(const evg_doc *doc, size_t i)
{
    /* nouns that begin like one: سياسة سيارة سيادة سيطرة سيدة سيدات سيدي سنوات سنوي
     * سيرجي سيرغي سيناء سيناريو سيناتور سينما سيبراني ستاد ستين ستراتيجية ستوديو سنتيمتر
     * سنتين سنتان سياحة سيولة سيرته */
    static const char *not_verbs[] = {
        "\xd8\xb3\xd9\x8a\xd8\xa7\xd8\xb3", "\xd8\xb3\xd9\x8a\xd8\xa7\xd8\xb1", "\xd8\xb3\xd9\x8a\xd8\xa7\xd8\xaf",
        "\xd8\xb3\xd9\x8a\xd8\xb7\xd8\xb1", "\xd8\xb3\xd9\x8a\xd8\xaf\xd9\x87", "\xd8\xb3\xd9\x8a\xd8\xaf\xd8\xa7\xd8\xaa",
        "\xd8\xb3\xd9\x8a\xd8\xaf\xd9\x8a", "\xd8\xb3\xd9\x86\xd9\x88\xd8\xa7\xd8\xaa", "\xd8\xb3\xd9\x86\xd9\x88\xd9\x8a",
        "\xd8\xb3\xd9\x8a\xd8\xb1\xd8\xac\xd9\x8a", "\xd8\xb3\xd9\x8a\xd8\xb1\xd8\xba\xd9\x8a", "\xd8\xb3\xd9\x8a\xd9\x86\xd8\xa7\xd8\xa1",
        "\xd8\xb3\xd9\x8a\xd9\x86\xd8\xa7\xd8\xb1\xd9\x8a", "\xd8\xb3\xd9\x8a\xd9\x86\xd8\xa7\xd8\xaa", "\xd8\xb3\xd9\x8a\xd9\x86\xd9\x85\xd8\xa7",
        "\xd8\xb3\xd9\x8a\xd8\xa8\xd8\xb1\xd8\xa7\xd9\x86", "\xd8\xb3\xd8\xaa\xd8\xa7\xd8\xaf", "\xd8\xb3\xd8\xaa\xd9\x8a\xd9\x86",
        "\xd8\xb3\xd8\xaa\xd8\xb1\xd8\xa7\xd8\xaa\xd9\x8a\xd8\xac", "\xd8\xb3\xd8\xaa\xd9\x88\xd8\xaf\xd9\x8a\xd9\x88", "\xd8\xb3\xd9\x86\xd8\xaa\xd9\x8a\xd9\x85",
        /* session 10: سنتين سنتان سياح(ة) سيولة سيرته */
        "\xd8\xb3\xd9\x86\xd8\xaa\xd9\x8a\xd9\x86", "\xd8\xb3\xd9\x86\xd8\xaa\xd8\xa7\xd9\x86",
        "\xd8\xb3\xd9\x8a\xd8\xa7\xd8\xad", "\xd8\xb3\xd9\x8a\xd9\x88\xd9\x84\xd9\x87",
        "\xd8\xb3\xd9\x8a\xd8\xb1\xd8\xaa\xd9\x87"};
    const evg_token *t = &doc->tokens.v[i];
    size_t n;
    const char *s = evg_tok_text(doc, t, &n);
    if (t->script != EVG_SCRIPT_ARAB) return 0;
    if (n >= 10 && (memcmp(s, "\xd9\x88", 2) == 0 || memcmp(s, "\xd9\x81", 2) == 0) && memcmp(s + 2, "\xd8\xb3", 2) == 0)
        s += 2, n -= 2; /* وسيعقد */
    if (n < 8 || memcmp(s, "\xd8\xb3", 2) != 0) return 0;
    if (memcmp(s + 2, "\xd9\x8a", 2) && memcmp(s + 2, "\xd8\xaa", 2) && memcmp(s + 2, "\xd9\x86", 2) &&
        memcmp(s + 2, "\xd8\xa7", 2))
        return 0; /* س + ي/ت/ن/ا */
    if (memcmp(s + 2, "\xd8\xa7", 2) == 0) { /* سأزور, written with its hamza; ساعات, ساعد, سافرت have none */
        const char *raw = doc->raw.p + t->os, *end = doc->raw.p + t->oe;
        const char *sin = memchr(raw, '\xd8', (size_t)(end - raw)); /* the س (first Arabic letter D8 B3) */
        while (sin && sin + 1 < end && (unsigned char)sin[1] != 0xb3)
            sin = memchr(sin + 1, '\xd8', (size_t)(end - sin - 1));
        if (!sin || sin + 4 > end || memcmp(sin + 2, "\xd8\xa3", 2) != 0) return 0; /* أ */
    }
    if (n < 10 && !short_future(s, n)) return 0; /* سيول, سيتي: no stem of three letters */
    for (size_t k = 0; k < sizeof not_verbs / sizeof *not_verbs; k++) {
        if (memcmp(s, not_verbs[k], 4) != 0) continue; /* cheap first test: every entry has 4 bytes or more */
        size_t m = strlen(not_verbs[k]);
        if (n >= m && memcmp(s, not_verbs[k], m) == 0) return 0;
    }
    return !after_preposition(doc, i) && !gazetteer_name(doc, i);
}

/* English "is visiting", "are holding": the present progressive that news
 * uses for a plan ("the minister is visiting Cairo on Sunday"). */
static int progressive(const evg_doc *doc, size_t i)
{
    size_t n;
    const evg_token *t = &doc->tokens.v[i];
    if (i == 0 || t->script != EVG_SCRIPT_LATN) return 0;
    const char *w = evg_tok_text(doc, t, &n);
    if (n < 5 || memcmp(w + n - 3, "ing", 3) != 0) return 0;
    return evg_tok_is(doc, i - 1, "is") || evg_tok_is(doc, i - 1, "are") || evg_tok_is(doc, i - 1, "am");
}

/* An English participle after be, being, is, are or am ("would be signed",
 * "is held every year") or after "will have": no past event. */
static int passive_present(const evg_doc *doc, size_t i)
{
    static const char *be[] = {"be", "being", "is", "are", "am"};
    if (i == 0 || doc->tokens.v[i].script != EVG_SCRIPT_LATN) return 0;
    for (size_t k = 0; k < sizeof be / sizeof *be; k++)
        if (evg_tok_is(doc, i - 1, be[k])) return 1;
    return i > 1 && evg_tok_is(doc, i - 1, "have") && /* "will have completed": a future perfect */
           (evg_tok_is(doc, i - 2, "will") || evg_tok_is(doc, i - 2, "would") || evg_tok_is(doc, i - 2, "should"));
}

/* Is "May" at i the month: capitalised inside its sentence, after a day
 * number or a word that leads a month ("On 12 May the ministers met", "in
 * May the talks", "early May"), or before a number ("May 12 the court")?
 * A title-case headline's "Talks May Resume" keeps the modal. */
static int month_may(const evg_doc *doc, size_t i)
{
    static const char *lead[] = {"in", "on", "of", "since", "until", "by", "early", "late", "mid", "last", "next",
                                 "this", "-", "through", "from"};
    if (!(doc->tokens.v[i].flags & EVG_TOKF_CAP) || i == 0 || doc->tokens.v[i - 1].sent != doc->tokens.v[i].sent)
        return 0;
    if (doc->tokens.v[i - 1].kind == EVG_TOK_NUM || evg_tok_in_static(doc, i - 1, lead, sizeof lead / sizeof *lead, EVG_WS_PLAIN))
        return 1;
    return i + 1 < doc->tokens.n && doc->tokens.v[i + 1].kind == EVG_TOK_NUM;
}

/* An English modal before a verb ("could sign contracts by July 1", "the
 * vote may take place in March"): a possibility ahead, like "would".  Not
 * before "have" (a past: "may have left") nor "could not" (a past inability);
 * "May" capitalised inside its sentence is the month. */
static int modal_ahead(const evg_doc *doc, size_t i)
{
    static const char *modal[] = {"can", "could", "may", "might", "must", "should"};
    size_t n, k = 0;
    if (doc->tokens.v[i].script != EVG_SCRIPT_LATN) return 0;
    while (k < sizeof modal / sizeof *modal && !evg_tok_is(doc, i, modal[k])) k++;
    if (k == sizeof modal / sizeof *modal || i + 2 >= doc->tokens.n) return 0;
    if (k == 2 && month_may(doc, i)) return 0; /* "On 12 May the ministers met": the month, not the modal */
    size_t v = i + 1;
    if (evg_tok_is(doc, v, "not")) {
        if (k == 1) return 0; /* could not */
        v++;
    }
    const evg_token *t = &doc->tokens.v[v];
    const char *w = evg_tok_text(doc, t, &n);
    if (t->kind != EVG_TOK_WORD || t->script != EVG_SCRIPT_LATN || (t->flags & EVG_TOKF_CAP)) return 0;
    return !evg_tok_is(doc, v, "have") && !evg_tok_is(doc, v, "been") && !(n > 2 && memcmp(w + n - 2, "ed", 2) == 0);
}

/* The verb of intent further back, over an inserted clause between commas
 * ("Officials expect the bridge, damaged when a ship struck it on March 26,
 * to reopen on Jan. 10"): "to" right after a comma that closes an inserted
 * clause, and the verb up to four words before the comma that opens it
 * (at most 16 tokens back, in the same sentence). */
static int intent_across(const evg_doc *doc, size_t i, const char *const *intent, size_t n)
{
    size_t k = i - 1, open = 0;
    if (i < 4 || !evg_tok_is(doc, k, ",")) return 0;
    while (k-- > 0 && k + 16 >= i && doc->tokens.v[k].sent == doc->tokens.v[i].sent)
        if (evg_tok_is(doc, k, ",")) {
            open = k;
            break;
        }
    for (size_t v = open; open && v-- > 0 && v + 4 >= open && doc->tokens.v[v].kind == EVG_TOK_WORD;)
        for (size_t m = 0; m < n; m++)
            if (evg_tok_is(doc, v, intent[m])) return 1;
    return 0;
}

static int after_had(const evg_doc *doc, size_t i);

/* English "had" right before verb k, or with one adverb between ("had
 * also asked", "had repeatedly urged", "had already decided"). */
static int had_before(const evg_doc *doc, size_t k)
{
    static const char *adv[] = {"also", "already", "earlier", "previously", "once", "even", "long"};
    size_t n;
    if (after_had(doc, k)) return 1;
    if (k < 2 || !evg_tok_is(doc, k - 2, "had") || doc->tokens.v[k - 1].kind != EVG_TOK_WORD) return 0;
    const char *w = evg_tok_text(doc, &doc->tokens.v[k - 1], &n);
    for (size_t a = 0; a < sizeof adv / sizeof *adv; a++)
        if (evg_tok_is(doc, k - 1, adv[a])) return 1;
    return n > 4 && memcmp(w + n - 2, "ly", 2) == 0;
}

/* "Officials hoped to finish the count by Monday, but the results came
 * later": a hope told in the past (hoped, wanted, intended, aimed: verb k
 * before "to" i), under no verb of saying before it, and followed in its
 * sentence by "but", is a plan that did not hold, so it looks no further
 * ahead than the story ("she said she hoped to ..., but" still does). */
static int hope_undone(const evg_doc *doc, size_t k, size_t i)
{
    static const char *hope[] = {"hoped", "wanted", "intended", "aimed"};
    static const char *say[] = {"said", "says", "say", "told", "added"};
    int past = 0;
    for (size_t m = 0; m < sizeof hope / sizeof *hope; m++) past |= evg_tok_is(doc, k, hope[m]);
    if (!past) return 0;
    int32_t s = doc->tokens.v[k].sent;
    for (size_t q = k; q-- > 0 && doc->tokens.v[q].sent == s;)
        for (size_t m = 0; m < sizeof say / sizeof *say; m++)
            if (evg_tok_is(doc, q, say[m])) return 0;
    for (size_t q = i + 1; q < doc->tokens.n && doc->tokens.v[q].sent == s; q++)
        if (evg_tok_is(doc, q, "but")) return 1;
    return 0;
}

/* English "to" + a verb after a verb of decision or intent up to five
 * words back ("agreed on Wednesday to lower output from November",
 * "decided to hold talks in March", "vowed to retaliate", "hoped to sign
 * before July 20"): what follows is planned, so the clause looks ahead of
 * the decision.  Not after "had" ("had planned to open it in January",
 * "had also asked": a plan of the past, told as over). */
static int intent_infinitive(const evg_doc *doc, size_t i)
{
    static const char *intent[] = {"agreed", "decided", "voted", "pledged", "promised", "vowed",
                                   "plans", "planned", "intends", "aims", "threatened", "agree",
                                   "agrees", "decide", "decides", "vote", "votes", "pledge", "pledges",
                                   "expect", "expects", "hope", "hopes", "want", "wants", "urged", "urges",
                                   "urge", "asked", "asks", "called", "calls", "demanded", "demands", "ordered",
                                   "orders", "invited", "invites", "hoped", "wanted", "intended", "aimed"};
    static const char *notverb[] = {"the", "a", "an", "its", "his", "her", "their", "our", "this",
                                    "that", "these", "those", "it", "them", "him", "date"};
    size_t n;
    if (!evg_tok_is(doc, i, "to") || i + 1 >= doc->tokens.n) return 0;
    const evg_token *v = &doc->tokens.v[i + 1];
    const char *w = evg_tok_text(doc, v, &n);
    if (v->kind != EVG_TOK_WORD || v->script != EVG_SCRIPT_LATN || (v->flags & EVG_TOKF_CAP) || n < 3) return 0;
    for (size_t k = 0; k < sizeof notverb / sizeof *notverb; k++)
        if (strlen(notverb[k]) == n && memcmp(w, notverb[k], n) == 0) return 0;
    for (size_t k = i; k-- > 0 && k + 5 >= i && doc->tokens.v[k].kind == EVG_TOK_WORD;)
        for (size_t m = 0; m < sizeof intent / sizeof *intent; m++)
            if (evg_tok_is(doc, k, intent[m])) /* "had planned to": a past plan */
                return !had_before(doc, k) && !hope_undone(doc, k, i);
    return intent_across(doc, i, intent, sizeof intent / sizeof *intent);
}

/* English "invited X to Rome", "inviting him to the White House": after
 * an active verb of inviting, up to four words back, "to" + a name (a
 * capital, "the" + a capital) opens the visit asked for, so the clause
 * looks ahead of the invitation ("to Rome in March").  Not "had invited"
 * nor "was invited" (a visit that may be over), nor "invited reporters to
 * a briefing on Monday" (no place: an occasion of the day).  A cue for
 * the words after it only (tx_sentence_tenses): the day of the call
 * before it stays past.  All within the sentence [first, end). */
static int invite_to_place(const evg_doc *doc, size_t first, size_t i, size_t end)
{
    static const char *inv[] = {"invited", "invites", "inviting", "invite"};
    static const char *aux[] = {"had", "was", "were", "been", "be"};
    if (!evg_tok_is(doc, i, "to")) return 0;
    size_t p = i + 1;
    if (p < end && evg_tok_is(doc, p, "the")) p++;
    if (p >= end || !(doc->tokens.v[p].flags & EVG_TOKF_CAP)) return 0;
    for (size_t k = i; k-- > first && k + 4 >= i && doc->tokens.v[k].kind == EVG_TOK_WORD;)
        for (size_t m = 0; m < sizeof inv / sizeof *inv; m++) {
            if (!evg_tok_is(doc, k, inv[m])) continue;
            for (size_t a = 0; k > first && a < sizeof aux / sizeof *aux; a++)
                if (evg_tok_is(doc, k - 1, aux[a])) return 0;
            return 1;
        }
    return 0;
}

/* English "until"/"to" and Arabic "إلى"/"حتى" up to three words after a
 * verb of putting off ("postponed until March", "delayed the vote to June",
 * "أرجأ الاجتماع إلى مارس"), or its masdar with a pronoun ("صوتوا على
 * إرجائها إلى ديسمبر", "تأجيله إلى"): the new date lies ahead of the
 * decision. */
static int put_off_to(const evg_doc *doc, size_t i)
{
    static const char *to[] = {"until", "till", "to", "\xd8\xa7\xd9\x84\xd9\x8a", /* الي (إلى folded) */
                               "\xd8\xad\xd8\xaa\xd9\x8a"};                        /* حتي */
    static const char *off[] = {"postponed", "delayed", "deferred", "adjourned", "rescheduled", "postpone",
                                "\xd8\xa7\xd8\xac\xd9\x84",                          /* اجل */
                                "\xd8\xa7\xd8\xac\xd9\x84\xd8\xaa",                /* اجلت */
                                "\xd8\xaa\xd8\xa7\xd8\xac\xd9\x8a\xd9\x84",      /* تاجيل */
                                "\xd8\xa7\xd8\xb1\xd8\xac\xd8\xa7",                /* ارجا */
                                "\xd8\xa7\xd8\xb1\xd8\xac\xd8\xa7\xd8\xaa",      /* ارجات */
                                "\xd8\xa7\xd8\xb1\xd8\xac\xd8\xa7\xd8\xa1",     /* ارجاء */
                                "\xd8\xa7\xd8\xb1\xd8\xac\xd8\xa7\xd8\xa1\xd9\x87", /* ارجاءه (إرجائه) */
                                "\xd8\xa7\xd8\xb1\xd8\xac\xd8\xa7\xd8\xa1\xd9\x87\xd8\xa7", /* ارجاءها */
                                "\xd8\xaa\xd8\xa7\xd8\xac\xd9\x8a\xd9\x84\xd9\x87", /* تاجيله */
                                "\xd8\xaa\xd8\xa7\xd8\xac\xd9\x8a\xd9\x84\xd9\x87\xd8\xa7"}; /* تاجيلها */
    if (!evg_tok_in_static(doc, i, to, sizeof to / sizeof *to, EVG_WS_PLAIN)) return 0;
    for (size_t k = i; k-- > 0 && k + 4 >= i && doc->tokens.v[k].kind == EVG_TOK_WORD;)
        if (evg_tok_in_static(doc, k, off, sizeof off / sizeof *off, EVG_WS_WAW_FA)) return 1; /* tx_is */
    return 0;
}

/* An English verb of a plan in the plural present after a plural subject
 * ("Lawmakers vote on Tuesday", "EU ministers meet on Friday", "they
 * meet"): a schedule, like "opens" in data/timewords.tsv.  After "the" or
 * "a" the word is a noun ("the vote on Tuesday"), so the subject must be a
 * plural word (ending in s, not is/was/has/its/this) or they/we. */
static int plural_schedule(const evg_doc *doc, size_t i)
{
    static const char *verb[] = {"vote", "meet", "begin", "start", "open", "resume", "arrive", "travel",
                                 "convene", "gather", "hold", "head", "return", "visit", "sign"};
    static const char *sing[] = {"is", "was", "has", "its", "this", "his", "us", "thus", "news", "as"};
    size_t n;
    int hit = 0;
    if (i == 0 || doc->tokens.v[i].script != EVG_SCRIPT_LATN || doc->tokens.v[i - 1].kind != EVG_TOK_WORD ||
        doc->tokens.v[i - 1].script != EVG_SCRIPT_LATN)
        return 0;
    const char *w = evg_tok_text(doc, &doc->tokens.v[i - 1], &n); /* the subject first: cheap */
    int pron = evg_tok_is(doc, i - 1, "they") || evg_tok_is(doc, i - 1, "we");
    if (!pron && (n < 4 || w[n - 1] != 's' || w[n - 2] == 's' || w[n - 2] == '\'')) return 0;
    for (size_t k = 0; k < sizeof sing / sizeof *sing && !pron; k++)
        if (evg_tok_is(doc, i - 1, sing[k])) return 0;
    for (size_t k = 0; k < sizeof verb / sizeof *verb && !hit; k++) hit = evg_tok_is(doc, i, verb[k]);
    return hit;
}

/* English "had planned", "had been scheduled": a plan told in the past
 * perfect, no future ("the vote had been set for April until the court
 * halted it"). */
static int after_had(const evg_doc *doc, size_t i)
{
    if (i == 0 || doc->tokens.v[i].script != EVG_SCRIPT_LATN) return 0;
    if (evg_tok_is(doc, i - 1, "had")) return 1;
    return i > 1 && evg_tok_is(doc, i - 1, "been") && evg_tok_is(doc, i - 2, "had");
}

/* English "was"/"were" before a word of a plan ("was due to leave by the
 * end of April", "were expected on Friday", "was set to", "was to"): the
 * plan may lie either side of the reference date, so the copula counts
 * only as a report (the nearest occurrence), not as a past event. */
static int plan_in_past(const evg_doc *doc, size_t i)
{
    static const char *plan[] = {"due", "expected", "set", "scheduled", "to", "going", "supposed", "planned",
                                 "poised", "likely", "about", "slated", "meant", "hoping"};
    if (i + 1 >= doc->tokens.n || !(evg_tok_is(doc, i, "was") || evg_tok_is(doc, i, "were"))) return 0;
    for (size_t k = 0; k < sizeof plan / sizeof *plan; k++)
        if (evg_tok_is(doc, i + 1, plan[k])) return 1;
    return 0;
}

static int word_in(const evg_doc *doc, size_t i, const char *const *list, size_t n);

/* English "called on X to ...", "called for calm": "called" is listed as
 * no verb ("a group called Hamas"), but before on/upon/for it is the past
 * of an appeal, a report of the past.  Not before a time word ("a meeting
 * called for Friday" sets a date ahead). */
static int called_on(const evg_doc *doc, const uint32_t *mask, size_t i, size_t end)
{
    static const char *prep[] = {"on", "upon", "for"};
    if (i + 2 >= end || !evg_tok_is(doc, i, "called") || !word_in(doc, i + 1, prep, 3)) return 0;
    return !mask[i + 2] && doc->tokens.v[i + 2].kind == EVG_TOK_WORD;
}

/* Strong tense cue of token i: 1 future, -1 a past reporting verb (value 1,
 * or TX_PAST_SPEECH for a verb of saying), -2 a past event verb (value 2), 0 none. */
static int strong_cue(const evg_doc *doc, const uint32_t *mask, size_t i, size_t end)
{
    const tx_ent *e;
    if (doc->tokens.v[i].kind != EVG_TOK_WORD) return 0;
    if (((mask[i] & (1u << TX_FUTURE)) && tx_lex(doc, i, end, TX_FUTURE, &e) && !after_had(doc, i)) || future_verb(doc, i) ||
        progressive(doc, i) || intent_infinitive(doc, i) || put_off_to(doc, i) || plural_schedule(doc, i) ||
        modal_ahead(doc, i))
        return 1;
    if ((evg_tok_is(doc, i, "could") || evg_tok_is(doc, i, "did")) && i + 1 < end && evg_tok_is(doc, i + 1, "not"))
        return -2; /* a past inability or a negated past event: "did not pay salaries in August" */
    if (called_on(doc, mask, i, end)) return -1;
    if (!(mask[i] & (1u << TX_PAST)) || !tx_lex(doc, i, end, TX_PAST, &e)) return 0;
    if (e->val == 2 && passive_present(doc, i)) return 0; /* would be signed, is held */
    if (e->val == 2 && plan_in_past(doc, i)) return -1;     /* was due to, were set to: nearest */
    return e->val == 2 ? -2 : -1;
}

/* 1 when word i is one of the folded words of list (a proclitic و/ف allowed). */
static int word_in(const evg_doc *doc, size_t i, const char *const *list, size_t n)
{
    return evg_tok_in_static(doc, i, list, n, EVG_WS_WAW_FA); /* tx_is of each word, as one bit */
}

/* Punctuation that closes a clause. */
static int clause_break(const evg_doc *doc, size_t i)
{
    static const char *p[] = {",", "\xd8\x8c", ";", "\xd8\x9b", ":", ".", "!", "?", "\xd8\x9f", "(", ")",
                              "\xc2\xab", "\xc2\xbb", "\"", "\xe2\x80\x9c", "\xe2\x80\x9d"};
    if (doc->tokens.v[i].kind != EVG_TOK_PUNCT) return 0;
    for (size_t k = 0; k < sizeof p / sizeof *p; k++)
        if (evg_tok_is(doc, i, p[k])) return 1;
    return 0;
}

/* The words after which a verb heads its clause: أن إن أنه إنه أنها إنها
 * التي الذي الذين حيث إذ كما عندما حين بينما فيما ثم لن قد لا لكي كي. */
static int clause_head(const evg_doc *doc, size_t first, size_t i)
{
    static const char *heads[] = {
        "\xd8\xa7\xd9\x86", "\xd8\xa7\xd9\x86\xd9\x87", "\xd8\xa7\xd9\x86\xd9\x87\xd8\xa7",
        "\xd8\xa7\xd9\x84\xd8\xaa\xd9\x8a", "\xd8\xa7\xd9\x84\xd8\xb0\xd9\x8a",
        "\xd8\xa7\xd9\x84\xd8\xb0\xd9\x8a\xd9\x86", "\xd8\xad\xd9\x8a\xd8\xab", "\xd8\xa7\xd8\xb0",
        "\xd9\x83\xd9\x85\xd8\xa7", "\xd8\xb9\xd9\x86\xd8\xaf\xd9\x85\xd8\xa7", "\xd8\xad\xd9\x8a\xd9\x86",
        "\xd8\xa8\xd9\x8a\xd9\x86\xd9\x85\xd8\xa7", "\xd9\x81\xd9\x8a\xd9\x85\xd8\xa7",
        "\xd8\xab\xd9\x85", "\xd9\x84\xd9\x86", "\xd9\x82\xd8\xaf", "\xd9\x84\xd8\xa7",
        "\xd9\x84\xd9\x83\xd9\x8a", "\xd9\x83\xd9\x8a"};
    if (i == first || clause_break(doc, i - 1)) return 1;
    return word_in(doc, i - 1, heads, sizeof heads / sizeof *heads);
}

/* A negated or habitual past before the verb: لم or لما right before it, or
 * a form of كان up to three words back in the clause (كان الوزير يزور). */
static int past_before(const evg_doc *doc, size_t first, size_t i)
{
    static const char *neg[] = {"\xd9\x84\xd9\x85", "\xd9\x84\xd9\x85\xd8\xa7"};
    static const char *kana[] = {"\xd9\x83\xd8\xa7\xd9\x86", "\xd9\x83\xd8\xa7\xd9\x86\xd8\xaa",
                                 "\xd9\x83\xd8\xa7\xd9\x86\xd9\x88\xd8\xa7"};
    if (i > first && word_in(doc, i - 1, neg, 2)) return 1;
    for (size_t k = i; k-- > first && k + 3 >= i && !clause_break(doc, k);)
        if (word_in(doc, k, kana, 3)) return 1;
    return 0;
}

/* The word without a proclitic و/ف when what is left still looks like a
 * verb (ويزور); *n gets its length in bytes. */
static const char *verb_stem(const evg_doc *doc, size_t i, size_t *n)
{
    const char *s = evg_tok_text(doc, &doc->tokens.v[i], n);
    if (*n >= 10 && (memcmp(s, "\xd9\x88", 2) == 0 || memcmp(s, "\xd9\x81", 2) == 0) &&
        (memcmp(s + 2, AR_YA, 2) == 0 || memcmp(s + 2, AR_TA, 2) == 0)) {
        *n -= 2;
        return s + 2;
    }
    return s;
}

/* Nouns and names shaped like imperfect verbs (folded stems, matched as
 * prefixes): يوم- يهود يمين يسار ياسر يوسف يحيي يعقوب يونس يورو يابان
 * ياءير يواف يلين ياسين يريفان ينبع تاريخ تقرير تحقيق تصريح تعليق تحليل
 * تحديث ترجمه تنويه تغطيه تفاصيل توقيت توقع تقدم تسلم تحدث تعاون تابع. */
static int noun_shaped(const char *s, size_t n)
{
    static const char *nouns[] = {
        "\xd9\x8a\xd9\x88\xd9\x85", "\xd9\x8a\xd9\x87\xd9\x88\xd8\xaf", "\xd9\x8a\xd9\x85\xd9\x8a\xd9\x86",
        "\xd9\x8a\xd8\xb3\xd8\xa7\xd8\xb1", "\xd9\x8a\xd8\xa7\xd8\xb3\xd8\xb1", "\xd9\x8a\xd9\x88\xd8\xb3\xd9\x81",
        "\xd9\x8a\xd8\xad\xd9\x8a\xd9\x8a", "\xd9\x8a\xd8\xb9\xd9\x82\xd9\x88\xd8\xa8",
        "\xd9\x8a\xd9\x88\xd9\x86\xd8\xb3", "\xd9\x8a\xd9\x88\xd8\xb1\xd9\x88", "\xd9\x8a\xd8\xa7\xd8\xa8\xd8\xa7\xd9\x86",
        "\xd9\x8a\xd8\xa7\xd8\xa1\xd9\x8a\xd8\xb1", "\xd9\x8a\xd9\x88\xd8\xa7\xd9\x81", "\xd9\x8a\xd9\x84\xd9\x8a\xd9\x86",
        "\xd9\x8a\xd8\xa7\xd8\xb3\xd9\x8a\xd9\x86", "\xd9\x8a\xd8\xb1\xd9\x8a\xd9\x81\xd8\xa7\xd9\x86",
        "\xd9\x8a\xd9\x86\xd8\xa8\xd8\xb9",
        "\xd8\xaa\xd8\xa7\xd8\xb1\xd9\x8a\xd8\xae", "\xd8\xaa\xd9\x82\xd8\xb1\xd9\x8a\xd8\xb1",
        "\xd8\xaa\xd8\xad\xd9\x82\xd9\x8a\xd9\x82", "\xd8\xaa\xd8\xb5\xd8\xb1\xd9\x8a\xd8\xad",
        "\xd8\xaa\xd8\xb9\xd9\x84\xd9\x8a\xd9\x82", "\xd8\xaa\xd8\xad\xd9\x84\xd9\x8a\xd9\x84",
        "\xd8\xaa\xd8\xad\xd8\xaf\xd9\x8a\xd8\xab", "\xd8\xaa\xd8\xb1\xd8\xac\xd9\x85\xd9\x87",
        "\xd8\xaa\xd9\x86\xd9\x88\xd9\x8a\xd9\x87", "\xd8\xaa\xd8\xba\xd8\xb7\xd9\x8a\xd9\x87",
        "\xd8\xaa\xd9\x81\xd8\xa7\xd8\xb5\xd9\x8a\xd9\x84", "\xd8\xaa\xd9\x88\xd9\x82\xd9\x8a\xd8\xaa",
        "\xd8\xaa\xd9\x88\xd9\x82\xd8\xb9", "\xd8\xaa\xd9\x82\xd8\xaf\xd9\x85", "\xd8\xaa\xd8\xb3\xd9\x84\xd9\x85",
        "\xd8\xaa\xd8\xad\xd8\xaf\xd8\xab", "\xd8\xaa\xd8\xb9\xd8\xa7\xd9\x88\xd9\x86",
        "\xd8\xaa\xd8\xa7\xd8\xa8\xd8\xb9"};
    for (size_t k = 0; k < sizeof nouns / sizeof *nouns; k++) {
        if (n < 4 || memcmp(s, nouns[k], 4) != 0) continue; /* cheap first test: every entry has 4 bytes or more */
        size_t m = strlen(nouns[k]);
        if (n >= m && memcmp(s, nouns[k], m) == 0) return 1;
    }
    return 0;
}

/* A weekday word within two tokens after i. */
static int weekday_follows(const uint32_t *mask, size_t i, size_t end)
{
    for (size_t k = i + 1; k < end && k <= i + 2; k++)
        if (mask[k] & (1u << TX_WEEKDAY)) return 1;
    return 0;
}

/* A word shaped like an imperfect verb: ي and 3 to 7 more letters, no
 * article, not a time word, not a listed noun or name.  A word in ت also
 * begins nouns, names and the perfects of forms V and VI (تظاهرات، تركيا،
 * توجه، تبادل، تعرضت): it counts only right before a weekday (تنطلق
 * الثلاثاء), with at least four letters after ت, no ا as its third letter
 * and no ending -ت, -ات or -ة. */
static int imperfect_shape(const evg_doc *doc, const uint32_t *mask, size_t i, size_t end)
{
    size_t n;
    const char *s = verb_stem(doc, i, &n);
    if (mask[i] || n < 8 || n > 16 || noun_shaped(s, n)) return 0;
    if (memcmp(s, AR_YA, 2) == 0) return 1;
    if (memcmp(s, AR_TA, 2) != 0 || n < 10 || !weekday_follows(mask, i, end)) return 0;
    if (memcmp(s + 4, "\xd8\xa7", 2) == 0 || memcmp(s + n - 2, AR_TA, 2) == 0) return 0; /* تفاعل, -ت */
    return memcmp(s + n - 2, "\xd9\x87", 2) != 0; /* -ة (folded ه) */
}

/* A time phrase at the head of its sentence (at most three words before
 * it: و, في, صباح, يوم) right before an Arabic imperfect verb ("ومساء
 * الجمعة يلتقي الرئيس نظيره", "وفي 12 أكتوبر تستضيف المدينة"): the verb
 * governs the fronted phrase as it would one after it (the present or the
 * future), although an imperfect is otherwise never looked for after a
 * token.  Between the token and the verb only numbers, time words and one
 * comma; the verb is listed (kind imperf) or has the shape of one (ي +
 * three letters or more; ت + four or more, no ا as its second letter, no
 * ending -ت or -ة), is no listed noun and no gazetteer name (تركيا). */
static int fronted_verb(const evg_doc *doc, const uint32_t *mask, size_t first, size_t i, size_t end)
{
    const tx_ent *e;
    size_t n;
    if (i > first + 3 || !mask[i] || doc->tokens.v[i].script == EVG_SCRIPT_LATN) return 0;
    for (size_t v = i + 1; v < end && v <= i + 4; v++) {
        const evg_token *t = &doc->tokens.v[v];
        if ((mask[v] & (1u << TX_IMPERF)) && tx_lex(doc, v, end, TX_IMPERF, &e))
            return e->val != 0 && !past_before(doc, first, v);
        if (t->kind == EVG_TOK_NUM || mask[v] || evg_tok_is(doc, v, ",") || evg_tok_is(doc, v, "\xd8\x8c")) continue;
        if (t->kind != EVG_TOK_WORD || t->script != EVG_SCRIPT_ARAB) return 0;
        const char *s = verb_stem(doc, v, &n);
        if (n < 8 || n > 16 || noun_shaped(s, n) || past_before(doc, first, v) || gazetteer_name(doc, v)) return 0;
        if (memcmp(s, AR_YA, 2) == 0) return 1;
        return memcmp(s, AR_TA, 2) == 0 && n >= 10 && memcmp(s + 4, "\xd8\xa7", 2) != 0 &&
               memcmp(s + n - 2, AR_TA, 2) != 0 && memcmp(s + n - 2, "\xd9\x87", 2) != 0;
    }
    return 0;
}

/* English "that" + a subject + "be" (a subjunctive after a demand: "demanded
 * that elections be held by June 30", "urged that the talks be moved"): the
 * "be" at i, "that" up to four words back with no modal or "to" between. */
static int subjunctive_be(const evg_doc *doc, size_t i)
{
    static const char *stop[] = {"to", "will", "would", "can", "could", "may", "might", "must", "should", "shall",
                                 "not", "cannot"};
    if (!evg_tok_is(doc, i, "be")) return 0;
    for (size_t k = i; k-- > 0 && k + 4 >= i && doc->tokens.v[k].kind == EVG_TOK_WORD;) {
        if (evg_tok_is(doc, k, "that")) return k + 1 < i;
        for (size_t m = 0; m < sizeof stop / sizeof *stop; m++)
            if (evg_tok_is(doc, k, stop[m])) return 0;
    }
    return 0;
}

/* English "to be" + a participle ("the treaty, to be signed in March"; "a
 * summit to be hosted by Egypt"): a plan, so the clause looks ahead;
 * so does a subjunctive "be" + a participle. */
static int to_be_done(const evg_doc *doc, const uint32_t *mask, size_t i, size_t end)
{
    const tx_ent *e;
    size_t n;
    if (i + 1 < end && subjunctive_be(doc, i)) i--; /* "that elections be held": read "be held" as "to be held" */
    else if (i + 2 >= end || !evg_tok_is(doc, i, "to") || !evg_tok_is(doc, i + 1, "be")) return 0;
    const evg_token *v = &doc->tokens.v[i + 2];
    const char *w = evg_tok_text(doc, v, &n);
    if (v->kind != EVG_TOK_WORD || v->script != EVG_SCRIPT_LATN || (v->flags & EVG_TOKF_CAP)) return 0;
    if ((mask[i + 2] & (1u << TX_PAST)) && tx_lex(doc, i + 2, end, TX_PAST, &e)) return e->val == 2;
    return n >= 5 && memcmp(w + n - 2, "ed", 2) == 0 && !(mask[i + 2] & (1u << TX_NOTVERB));
}

/* Where a bare masculine perfect (قصف، حذر، تسلم، تبادل، لجأ) is read as a
 * verb, not as the verbal noun with the same letters: first in its
 * sentence or after a clause's punctuation, or after a word that a verb
 * follows (ثم الذي التي الذين عندما حين حينما بعدما لما كما فيما حيث لقد),
 * with a word after it (news sentences open with the verb: "قصف الطيران
 * البلدة"; a nominal sentence opening with the noun is rarer), and not in a
 * headline, which is mostly a noun phrase ("حفل توزيع الجوائز", "تبادل الأسرى"). */
static int bare_head(const evg_doc *doc, size_t first, size_t i, size_t end)
{
    static const char *heads[] = {"ثم", "الذي", "التي", "الذين", "عندما", "حين", "حينما", "بعدما", "لما",
                                  "كما", "فيما", "حيث", "لقد"};
    int32_t sent = doc->tokens.v[i].sent, sec = sent >= 0 && (size_t)sent < doc->sentences.n ? doc->sentences.v[sent].section : -1;
    if (i + 1 >= end || doc->tokens.v[i + 1].kind != EVG_TOK_WORD) return 0;
    if (sec >= 0 && (size_t)sec < doc->sections.n && doc->sections.v[sec].kind == EVG_SEC_TITLE) return 0;
    if (i == first || clause_break(doc, i - 1)) return 1;
    return word_in(doc, i - 1, heads, sizeof heads / sizeof *heads);
}

/* A verb on no list known by its shape (timex_perfect.c): -2 for an Arabic
 * perfect (اقتحمت; a bare form IV such as أغلق only at the head of a
 * clause or with و/ف; a bare form I, II, V or VI such as قصف or تبادل only
 * where bare_head says) or an English past in -ed, not after a preposition
 * nor inside a name of the gazetteer; 1 for English "to be" + a participle. */
static int shape_cue(const evg_doc *doc, const uint32_t *mask, size_t first, size_t i, size_t end)
{
    const evg_token *t = &doc->tokens.v[i];
    if (t->kind != EVG_TOK_WORD) return 0;
    if (t->script == EVG_SCRIPT_LATN) return to_be_done(doc, mask, i, end) ? 1 : !mask[i] && tx_en_past(doc, i) ? -2 : 0;
    if (mask[i] || t->script != EVG_SCRIPT_ARAB) return 0;
    int r = tx_ar_perfect(doc, i);
    if (r == 1 && !clause_head(doc, first, i) && tx_conj_len(doc, i) == 0) {
        size_t n;
        const char *s = evg_tok_text(doc, t, &n);
        if (memcmp(s, "\xd9\x88", 2) != 0 && memcmp(s, "\xd9\x81", 2) != 0) return 0; /* not وأغلق */
    }
    if (!r && bare_head(doc, first, i, end) && tx_ar_bare_perfect(doc, i)) r = 2; /* قصف الطيران */
    return r && !after_preposition(doc, i) && !gazetteer_name(doc, i) ? -2 : 0;
}

/* A broken plural of the patterns أفعال, فعائل, فواعل (الألعاب, النتائج,
 * الجوانب) at w, m bytes: ا as its third letter, or as its first and
 * fourth, after any article.  Such subjects take a feminine verb. */
static int broken_plural(const char *w, size_t m)
{
    if (m >= 8 && memcmp(w, "\xd8\xa7\xd9\x84", 4) == 0) w += 4, m -= 4; /* ال */
    if (m < 8) return 0;
    return memcmp(w + 4, "\xd8\xa7", 2) == 0 || (memcmp(w, "\xd8\xa7", 2) == 0 && memcmp(w + 6, "\xd8\xa7", 2) == 0);
}

/* A listed imperfect in ت with the letters of a form V or VI perfect (ت and
 * three letters: توجه, تقدم; ت, a letter, ا and two: تبادل) is also the
 * 2nd or 3rd person feminine imperfect of form II or III (تُوجّه, تُبادل).
 * A masculine subject right after it decides for the perfect ("توجه وزير
 * الخارجية يوم الثلاثاء": he went, a past event): a word of the Arabic
 * script, no time word, no feminine noun (-ة, -ات, -ت as in الكويت), no
 * broken plural, no country name in -ا or -ى, no preposition or function
 * word (the ones in -ي: إلى, في, على; من, عن, ما), and no particle before
 * the verb that governs an imperfect (أن, لن, لم, كي).  1 for the perfect. */
static int form5_perfect(const evg_doc *doc, const uint32_t *mask, size_t first, const char *s, size_t n,
                         size_t i, size_t end)
{
    static const char *fn[] = {"\xd9\x85\xd9\x86" /* من */, "\xd8\xb9\xd9\x86" /* عن */, "\xd9\x85\xd8\xa7" /* ما */,
                               "\xd8\xa8\xd9\x87" /* به */, "\xd9\x84\xd9\x87" /* له */};
    static const char *part[] = {"\xd8\xa7\xd9\x86" /* ان */, "\xd9\x84\xd9\x86" /* لن */,
                                 "\xd9\x84\xd9\x85" /* لم */, "\xd9\x83\xd9\x8a" /* كي */};
    if (n != 8 && n != 10) return 0; /* the length first: the tests below read s[0..6) */
    if (memcmp(s, AR_TA, 2) != 0 || memcmp(s + 2, AR_TA, 2) == 0) return 0; /* تتوجه: form V imperfect */
    if (n == 10 && memcmp(s + 4, "\xd8\xa7", 2) != 0) return 0;
    if (i + 1 >= end || mask[i + 1] || (i > first && word_in(doc, i - 1, part, 4))) return 0;
    const evg_token *t = &doc->tokens.v[i + 1];
    size_t m;
    const char *w = evg_tok_text(doc, t, &m);
    if (t->kind != EVG_TOK_WORD || t->script != EVG_SCRIPT_ARAB || m < 4 || word_in(doc, i + 1, fn, 5)) return 0;
    if (memcmp(w + m - 2, "\xd9\x87", 2) == 0 || memcmp(w + m - 2, "\xd8\xa7", 2) == 0 ||
        memcmp(w + m - 2, AR_YA, 2) == 0 || memcmp(w + m - 2, "\xd9\x89", 2) == 0 ||
        memcmp(w + m - 2, AR_TA, 2) == 0) /* -ة -ا -ي -ى -ت */
        return 0;
    return !broken_plural(w, m);
}

static int imperfect_cue(const evg_doc *doc, const uint32_t *mask, size_t first, size_t i, size_t end);

/* A definite feminine noun right before token i that heads its clause
 * ("إن الهدنة تدخل", "أن القمة تنطلق", a sentence opening "الحكومة
 * تعقد"): the subject of a verb in ت after it, which is then the
 * feminine imperfect (a masculine perfect of form V or VI cannot follow
 * a feminine subject: that would be تدخلت). */
static int feminine_subject_before(const evg_doc *doc, const uint32_t *mask, size_t first, size_t i)
{
    if (i <= first || mask[i - 1] || !clause_head(doc, first, i - 1)) return 0;
    const evg_token *t = &doc->tokens.v[i - 1];
    size_t m;
    const char *w = evg_tok_text(doc, t, &m);
    if (t->kind != EVG_TOK_WORD || t->script != EVG_SCRIPT_ARAB || m < 8) return 0;
    if (memcmp(w, "\xd8\xa7\xd9\x84", 4) != 0) return 0; /* ال */
    return memcmp(w + m - 2, "\xd9\x87", 2) == 0 || memcmp(w + m - 2, "\xd8\xa9", 2) == 0 ||
           (m >= 10 && memcmp(w + m - 4, "\xd8\xa7\xd8\xaa", 4) == 0); /* -ة (folded ه), -ات */
}

/* A past verb before token i in its sentence (a listed past or a perfect
 * known by its shape): "وصل الوزير إلى أنقرة ثم توجه إلى طهران" tells one
 * past journey, so توجه after ثم is the perfect. */
static int past_verb_before(const evg_doc *doc, const uint32_t *mask, size_t first, size_t i, size_t end)
{
    int last = 0; /* the nearest cue decides: "قالت إنها ستزور أنقرة ثم توجه" looks ahead */
    for (size_t k = first; k < i; k++) {
        int c = strong_cue(doc, mask, k, end);
        if (c > 0 || (c == 0 && imperfect_cue(doc, mask, first, k, end) > 0)) last = 1;
        else if (c < 0 || shape_cue(doc, mask, first, k, end) < 0) last = -1;
    }
    return last < 0;
}

/* An imperfect right after "قبل أن", "بعد أن", "قبيل أن" (a subjunctive that
 * takes its time from the clause it hangs on), told after a past verb of
 * the sentence: "فجر الأول حزامه قبل أن يفجر الثاني نفسه بعد دقائق" is a
 * past sequence, not a future one. */
static int past_sequel(const evg_doc *doc, const uint32_t *mask, size_t first, size_t i, size_t end)
{
    static const char *conj[] = {"\xd9\x82\xd8\xa8\xd9\x84", "\xd8\xa8\xd8\xb9\xd8\xaf",
                                 "\xd9\x82\xd8\xa8\xd9\x8a\xd9\x84"}; /* قبل بعد قبيل */
    if (i < first + 3 || !tx_is(doc, i - 1, "\xd8\xa7\xd9\x86")) return 0; /* أن */
    if (!word_in(doc, i - 2, conj, sizeof conj / sizeof *conj)) return 0;
    return past_verb_before(doc, mask, first, i - 2, end);
}

/* Imperfect cue of token i: 1 present or future, -2 a past event (لم
 * يزر, كان يزور, قبل أن يغادر after a past verb), 0 none. */
static int imperfect_cue(const evg_doc *doc, const uint32_t *mask, size_t first, size_t i, size_t end)
{
    const evg_token *t = &doc->tokens.v[i];
    const tx_ent *e = NULL;
    if (t->kind != EVG_TOK_WORD || t->script != EVG_SCRIPT_ARAB) return 0;
    int listed = (mask[i] & (1u << TX_IMPERF)) && tx_lex(doc, i, end, TX_IMPERF, &e);
    if (listed && e->val == 0) return 0;
    size_t n;
    const char *s = verb_stem(doc, i, &n);
    int fem = listed && memcmp(e->w0, AR_TA, 2) == 0 && feminine_subject_before(doc, mask, first, i);
    if (listed && memcmp(e->w0, AR_TA, 2) == 0 && (noun_shaped(s, n) || !(clause_head(doc, first, i) || fem)))
        return 0;
    if (listed && !fem && form5_perfect(doc, mask, first, s, n, i, end)) return -2; /* توجه وزير: he went */
    if (listed && (n == 8 || (n == 10 && memcmp(s + 4, "\xd8\xa7", 2) == 0)) && i > first &&
        evg_tok_is(doc, i - 1, "\xd8\xab\xd9\x85") && /* ثم */
        memcmp(s + 2, AR_TA, 2) != 0 && past_verb_before(doc, mask, first, i - 1, end))
        return -2; /* وصل ... ثم توجه إلى طهران: he then went */
    if (!listed && (!imperfect_shape(doc, mask, i, end) || !clause_head(doc, first, i))) return 0;
    if (past_before(doc, first, i)) return -2; /* لم يزر, كان يزور: a past event */
    return past_sequel(doc, mask, first, i, end) ? -2 : 1;
}

/* Is token i still in the clause of the reporting verb just before said
 * (said is the token after it)?  Arabic puts the subject first ("قال
 * وزير الخارجية في 2 مايو"); English drops "that", so there only the three
 * words after the verb count ("said on May 2", "told reporters on May 2"). */
static int report_own(const evg_doc *doc, size_t said, size_t i)
{
    return doc->lang != EVG_LANG_EN || i <= said + 2;
}

/* Words that open what a reporting verb reports: أن إن أنه إنه أنها إنها بأن
 * "that", a colon or a quotation mark.  Before one, a date belongs to the
 * saying itself ("قال الوزير في 2 مايو إن ...": the saying is a past event). */
static int report_opens(const evg_doc *doc, size_t i)
{
    static const char *that[] = {"\xd8\xa7\xd9\x86", "\xd8\xa7\xd9\x86\xd9\x87", "\xd8\xa7\xd9\x86\xd9\x87\xd8\xa7",
                                 "\xd8\xa8\xd8\xa7\xd9\x86", "that"}; /* ان انه انها بان */
    static const char *p[] = {":", "\"", "\xc2\xab", "\xe2\x80\x9c", "'"};
    if (doc->tokens.v[i].kind == EVG_TOK_PUNCT) return word_in(doc, i, p, sizeof p / sizeof *p);
    return word_in(doc, i, that, sizeof that / sizeof *that);
}

/* English "declared Monday a public holiday", "named Friday a day of
 * mourning", "declares Sunday as a day of prayer": a weekday right after a
 * verb of declaring and before "a"/"an"/"as" and an occasion
 * (tx_en_occasion_after) is the day the declaration is about, the coming
 * one, whatever the tense of the verb. */
static int declared_day(const evg_doc *doc, const uint32_t *mask, size_t first, size_t i, size_t end)
{
    static const char *verb[] = {"declared", "declares", "declare", "named", "names", "proclaimed", "proclaims"};
    if (!(mask[i] & (1u << TX_WEEKDAY)) || i == first || i + 1 >= end) return 0;
    size_t r = i + 1 + (evg_tok_is(doc, i + 1, "as") ? 1 : 0);
    if (!tx_en_occasion_after(doc, r, end)) return 0; /* "declared Tuesday a success": that day's */
    return word_in(doc, i - 1, verb, sizeof verb / sizeof *verb);
}

/* A comma that opens an inserted relative clause: "، الذي", "، التي",
 * "، الذين", ", which", ", who". */
static int insert_opens(const evg_doc *doc, size_t i, size_t end)
{
    static const char *rel[] = {"\xd8\xa7\xd9\x84\xd8\xb0\xd9\x8a",                 /* الذي */
                                "\xd8\xa7\xd9\x84\xd8\xaa\xd9\x8a",                 /* التي */
                                "\xd8\xa7\xd9\x84\xd8\xb0\xd9\x8a\xd9\x86",       /* الذين */
                                "which", "who"};
    if (i + 1 >= end || doc->tokens.v[i].kind != EVG_TOK_PUNCT) return 0;
    if (!evg_tok_is(doc, i, ",") && !evg_tok_is(doc, i, "\xd8\x8c")) return 0;
    return word_in(doc, i + 1, rel, sizeof rel / sizeof *rel);
}

/* The value of a token no cue of the forward pass sets (the first strong
 * cue after it then holds), and of a cue not computed yet. */
#define TENSE_UNSET INT8_MIN

/* The strong cue of token i, else its shape cue; computed once (speed). */
static int cue_of(tx_tenses *t, size_t i)
{
    int8_t *c = &t->cue[i - t->first];
    if (*c == TENSE_UNSET) {
        int v = strong_cue(t->doc, t->mask, i, t->end);
        if (!v) v = shape_cue(t->doc, t->mask, t->first, i, t->end);
        *c = (int8_t)v;
    }
    return *c;
}

/* The first strong cue after token i (0: none up to the sentence's end).
 * Cues of [zlo, zhi) are known to be 0 and zhi is the end or a token with
 * a cue, so increasing questions read each token once (speed). */
static int cue_after(tx_tenses *t, size_t i)
{
    size_t k = i + 1;
    if (!(t->zlo <= k && k <= t->zhi)) {
        t->zlo = k;
        while (k < t->end && !cue_of(t, k)) k++;
        t->zhi = k;
    }
    return t->zhi < t->end ? cue_of(t, t->zhi) : 0;
}

/* The forward pass reads token i (the tokens before it read): its value
 * by the clause read so far (TENSE_UNSET: none), and the state after it. */
static int8_t forward_step(tx_tenses *t, size_t i)
{
    const evg_doc *doc = t->doc;
    int8_t o = TENSE_UNSET;
    if (t->imperf) o = (int8_t)(t->imperf == 1 && t->before != 1 ? 2 : t->imperf); /* 2: by an imperfect alone */
    else if (t->before) o = (int8_t)(t->before == -1 && t->said && report_own(doc, t->said, i) ? -2 : t->before);
    int c = cue_of(t, i);
    if (!c && invite_to_place(doc, t->first, i, t->end)) c = 1; /* ahead only: "called X on Thursday, inviting her to Y" */
    int v = c ? 0 : imperfect_cue(doc, t->mask, t->first, i, t->end);
    if (!t->inserted && insert_opens(doc, i, t->end)) {
        t->outer = (tx_tense_state){t->before, t->imperf, t->said}; /* "، الذي جرى التفاوض عليه ...،": its own tense */
        t->inserted = 1;
    } else if (t->inserted && (evg_tok_is(doc, i, ",") || evg_tok_is(doc, i, "\xd8\x8c"))) {
        t->before = t->outer.before; /* the clause around it goes on: "يبدأ سريان الاتفاق، الذي ...، في الأول من ديسمبر" */
        t->imperf = t->outer.imperf;
        t->said = t->outer.said;
        t->inserted = 0;
        return o;
    }
    if (c) {
        t->before = c;
        t->imperf = 0;
        t->said = c == -1 ? i + 1 : 0;
    } else if (t->said && report_opens(doc, i)) {
        t->said = 0;
    } else if (v) {
        t->imperf = v;
    } else if (tx_is(doc, i, "\xd9\x85\xd9\x86\xd8\xb0") || evg_tok_is(doc, i, "since")) {
        t->imperf = -2; /* منذ وقوع الزلزال في 6 شباط: what منذ/since governs is over */
    } else if (clause_break(doc, i)) {
        t->imperf = 0;
    }
    if (doc->lang == EVG_LANG_EN && declared_day(doc, t->mask, t->first, i, t->end)) o = 1;
    else if (!t->before && !t->imperf && fronted_verb(doc, t->mask, t->first, i, t->end)) o = 1;
    return o;
}

/* Start the lazy tenses of tokens [first, end) (timex_int.h). */
void tx_tenses_open(tx_tenses *t, const evg_doc *doc, const uint32_t *mask, size_t first, size_t end)
{
    size_t n = end > first ? end - first : 1;
    memset(t, 0, sizeof *t);
    t->doc = doc, t->mask = mask, t->first = first, t->end = end, t->next = first;
    t->zlo = 1, t->zhi = 0; /* no run of zero cues known */
    t->cue = n <= sizeof t->small / 2 ? t->small : evg_xmalloc(2 * n);
    t->val = t->cue + n;
    memset(t->cue, TENSE_UNSET, n);
}

/* The tense value of token i: the forward pass run up to i, else the first cue after it. */
int tx_tense_at(tx_tenses *t, size_t i)
{
    for (; t->next <= i; t->next++) t->val[t->next - t->first] = forward_step(t, t->next);
    int8_t o = t->val[i - t->first];
    return o != TENSE_UNSET ? o : cue_after(t, i);
}

/* Free what tx_tenses_open allocated. */
void tx_tenses_close(tx_tenses *t)
{
    if (t->cue != t->small) free(t->cue);
    t->cue = NULL;
}

/* Every token's tense value of [first, end) into out, by one tx_tenses. */
void tx_sentence_tenses(const evg_doc *doc, const uint32_t *mask, size_t first, size_t end, int8_t *out)
{
    tx_tenses t;
    tx_tenses_open(&t, doc, mask, first, end);
    for (size_t i = first; i < end; i++) out[i - first] = (int8_t)tx_tense_at(&t, i);
    tx_tenses_close(&t);
}
