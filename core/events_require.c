/*
 * events_require.c - events: the placed required words of a trigger row.
 *
 * Owns the checks of a row's required words that say WHERE the word must
 * stand (see the header of data/triggers.tsv): ">a,b" the very next word
 * (evt_next_word_met), "<a,b" after at most one named actor
 * (evt_one_name_met), "=a,b" in the verb's object (evt_object_met), "^a,b"
 * in what a statement says (evt_complement_met), "&cthreat" a condition and
 * a future act of a side in what it says (evt_cond_threat_met), "&igo" a body of states
 * after the form (evt_igo_follows), and the start of an apposition a
 * subject may stand before (evt_apposition_start).  requires_met
 * (events_data.c) dispatches to them; the word tests they share
 * (evt_stem_alef_at, evt_poss_at, evt_req_may) live with the tables there.
 */
#include "events_int.h"

/* The word right after the form is one of e's required words (after a
 * proclitic: "هنأ الرئيس", "هنأ رئيس"), for forms that are common words
 * elsewhere (هنأ folds to هنا "here"). */
int evt_next_word_met(const evg_doc *doc, const evt_entry *e, int32_t i, int32_t limit)
{
    int32_t k = i + 1 + e->ntail;
    if (k >= limit || (size_t)k >= doc->tokens.n || !evt_req_may(doc, k)) return 0;
    for (int q = 0; q < e->nreq; q++)
        if (evt_stem_alef_at(doc, k, e->req[q], strlen(e->req[q]), 0)) return 1;
    return 0;
}

/* Is mention m inside a longer mention of another actor ("حلف الناتو" in
 * the title "الأمين العام لحلف الناتو")? */
static int nested_mention(const evg_doc *doc, const evg_mention *m)
{
    for (size_t k = 0; k < doc->mentions.n; k++) {
        const evg_mention *o = &doc->mentions.v[k];
        if (o != m && o->tok_first <= m->tok_first && m->tok_end <= o->tok_end &&
            o->tok_end - o->tok_first > m->tok_end - m->tok_first)
            return 1;
    }
    return 0;
}

/* Does Arabic mention m stand in a prepositional phrase, after في، أمام،
 * خلال، عند، لدى or with ل/ب joined to it ("في جلسة للبرلمان", "أمام
 * البرلمان")?  Such a name is where the act was said, not the party
 * warned.  Session 21 (fresh3-miss). */
static int arabic_adjunct_mention(const evg_doc *doc, const evg_mention *m)
{
    static const char *const prep[] = {"\xD9\x81\xD9\x8A", "\xD8\xA7\xD9\x85\xD8\xA7\xD9\x85", /* في امام */
                                       "\xD8\xAE\xD9\x84\xD8\xA7\xD9\x84", "\xD8\xB9\xD9\x86\xD8\xAF", /* خلال عند */
                                       "\xD9\x84\xD8\xAF\xD9\x8A", NULL};                              /* لدي */
    const evg_token *t = &doc->tokens.v[m->tok_first];
    if (t->script != EVG_SCRIPT_ARAB) return 0;
    if (m->os > t->os && t->fe - t->fs > 2 &&
        (!memcmp(doc->fold + t->fs, "\xD9\x84", 2) || !memcmp(doc->fold + t->fs, "\xD8\xA8", 2))) /* ل ب */
        return 1;
    if (m->tok_first == 0) return 0;
    for (int q = 0; prep[q]; q++)
        if (evg_tok_is(doc, (size_t)(m->tok_first - 1), prep[q])) return 1;
    return 0;
}

/* Distinct named actors (names and titles; not demonyms, pronouns or names
 * inside a title) in tokens [from, to). */
static int names_between(const evg_doc *doc, int32_t from, int32_t to)
{
    int32_t seen[2];
    int n = 0;
    for (size_t m = 0; m < doc->mentions.n && n < 2; m++) {
        const evg_mention *mn = &doc->mentions.v[m];
        if (mn->tok_first < from || mn->tok_end > to || mn->kind == EVG_MEN_DEMONYM || mn->kind == EVG_MEN_PRONOUN ||
            nested_mention(doc, mn) || arabic_adjunct_mention(doc, mn))
            continue;
        if (n == 0 || seen[0] != mn->entity) seen[n++] = mn->entity;
    }
    return n;
}

/* "<a,b": one of the words within 20 tokens after the form, in its
 * sentence, with at most one named actor (the speaker) before it. */
int evt_one_name_met(const evg_doc *doc, const evt_entry *e, int32_t i, int32_t limit)
{
    for (int32_t k = i + 1 + e->ntail; k < limit && k <= i + 20 && (size_t)k < doc->tokens.n; k++) {
        if (doc->tokens.v[k].sent != doc->tokens.v[i].sent) return 0;
        if (!evt_req_may(doc, k)) continue;
        for (int q = 0; q < e->nreq; q++)
            if (evt_stem_alef_at(doc, k, e->req[q], strlen(e->req[q]), 0)) return names_between(doc, i + 1, k) <= 1;
    }
    return 0;
}

/* Does token k end the clause of a verb's object: a comma, a bracket, a dash, a quote, or a word
 * that joins another clause ("and", "then", ثم، بينما)? */
static int clause_break(const evg_doc *doc, int32_t k)
{
    static const char *const w[] = {"and", "but", "then", "while", "after", "before", "when", "where", "as",
                                    "\xD8\xAB\xD9\x85",                                 /* ثم */
                                    "\xD8\xA8\xD9\x8A\xD9\x86\xD9\x85\xD8\xA7",   /* بينما */
                                    "\xD9\x81\xD9\x8A\xD9\x85\xD8\xA7",             /* فيما */
                                    "\xD8\xAD\xD9\x8A\xD8\xAB", NULL};                /* حيث */
    static const char *const punct[] = {",", ";", ":", "(", ")", "\"", "\xC2\xAB", "\xC2\xBB", /* « » */
                                        "\xD8\x8C", "\xD8\x9B", "\xE2\x80\x93", "\xE2\x80\x94", NULL}; /* ، ؛ – — */
    for (int q = 0; punct[q]; q++) /* not the apostrophe of "Iran's decision" */
        if (evg_tok_is(doc, (size_t)k, punct[q])) return 1;
    for (int q = 0; w[q]; q++)
        if (evg_tok_is(doc, (size_t)k, w[q])) return 1;
    return 0;
}

/* "=a,b": one of the words in the object of the form, within OBJ_WORDS
 * words after it and before its clause ends ("welcomed the decision",
 * "sent Qatar a list of demands"; not "welcomed X ..., and held talks"). */
int evt_object_met(const evg_doc *doc, const evt_entry *e, int32_t i, int32_t limit)
{
    int words = 0;
    for (int32_t k = i + 1 + e->ntail; k < limit && (size_t)k < doc->tokens.n && words < OBJ_WORDS; k++) {
        if (doc->tokens.v[k].sent != doc->tokens.v[i].sent || clause_break(doc, k)) return 0;
        words += doc->tokens.v[k].kind == EVG_TOK_WORD;
        if (!evt_req_may(doc, k)) continue;
        for (int q = 0; q < e->nreq; q++)
            if (evt_stem_alef_at(doc, k, e->req[q], strlen(e->req[q]), 0) || evt_stem_alef_at(doc, k, e->req[q], strlen(e->req[q]), 1) ||
                evt_poss_at(doc, k, e->req[q], strlen(e->req[q]))) /* "عززت مصر قواتها" */
                return 1;
    }
    return 0;
}

/* The first token of the complement of statement form e at i: the token after
 * إن/أن (and انه انها انهم بأن وأن) or "that" within COMP_REACH tokens in the
 * sentence ("وقال الوزير في بيان إن"), else the token after the form (the
 * bare English complement "said the move was illegal", a masdar "أكد رفضه"). */
static int32_t complement_first(const evg_doc *doc, const evt_entry *e, int32_t i, int32_t limit)
{
    static const char *const comp[] = {"\xD8\xA7\xD9\x86", "\xD8\xA7\xD9\x86\xD9\x87",
                                       "\xD8\xA7\xD9\x86\xD9\x87\xD8\xA7",
                                       "\xD8\xA7\xD9\x86\xD9\x87\xD9\x85", "\xD8\xA8\xD8\xA7\xD9\x86",
                                       "\xD9\x88\xD8\xA7\xD9\x86", "that", NULL}; /* ان انه انها انهم بان وان */
    for (int32_t k = i + 1 + e->ntail; k < limit && k <= i + COMP_REACH && (size_t)k < doc->tokens.n; k++) {
        if (doc->tokens.v[k].sent != doc->tokens.v[i].sent) break;
        for (int q = 0; comp[q]; q++)
            if (evg_tok_is(doc, (size_t)k, comp[q])) return k + 1;
    }
    return i + 1 + e->ntail;
}

/* Is token k a quotation mark (" « » and the curly quotes)? */
static int quote_at(const evg_doc *doc, int32_t k)
{
    static const char *const q[] = {"\"", "\xC2\xAB", "\xC2\xBB", "\xE2\x80\x9C", "\xE2\x80\x9D", NULL};
    for (int n = 0; q[n]; n++)
        if (evg_tok_is(doc, (size_t)k, q[n])) return 1;
    return 0;
}

/* "^a,b": one of the words in what the statement at i says, within
 * COMP_WORDS words of its complement and before that clause ends ("said the
 * decision was a betrayal", "قال إن القرار \"انتهاك\""; not "said ..., and the
 * betrayal ..."). Quotation marks do not end the clause. */
int evt_complement_met(const evg_doc *doc, const evt_entry *e, int32_t i, int32_t limit)
{
    int32_t k = complement_first(doc, e, i, limit);
    for (int words = 0; k >= 0 && k < limit && (size_t)k < doc->tokens.n && words < COMP_WORDS; k++) {
        if (doc->tokens.v[k].sent != doc->tokens.v[i].sent) return 0;
        if (quote_at(doc, k)) continue; /* a quoted word is still what is said */
        if (clause_break(doc, k)) return 0;
        words += doc->tokens.v[k].kind == EVG_TOK_WORD;
        for (int q = 0; q < e->nreq; q++)
            if (evt_stem_alef_at(doc, k, e->req[q], strlen(e->req[q]), 0) || evt_stem_alef_at(doc, k, e->req[q], strlen(e->req[q]), 1))
                return 1;
    }
    return 0;
}

/* The token right after from/of/من that follows the form within
 * IGO_REACH tokens (English: the form's own last word), or -1. */
static int32_t igo_from_end(const evg_doc *doc, const evt_entry *e, int32_t i, int32_t limit)
{
    static const char *const from[] = {"from", "of", "\xD9\x85\xD9\x86", NULL}; /* من */
    if (e->lang == EVG_LANG_EN) return i + 1 + e->ntail;
    for (int32_t k = i + 1; k <= i + IGO_REACH && k < limit && (size_t)k < doc->tokens.n; k++) {
        if (evt_punct_between(doc, i, k)) return -1;
        if (evg_tok_in_static(doc, (size_t)k, from, (size_t)-1, EVG_WS_PLAIN)) return k + 1;
    }
    return -1;
}

/* "&igo": a name of a body of states (entity role IGO) is what the form
 * leaves: it stands right after from/of/من (an article or one noun of the
 * body such as مجموعة between), in the clause: "withdrew from ECOWAS",
 * "انسحبت X من مجموعة الإيكواس"; not "withdrew from the talks", nor
 * "from talks with the IAEA", "from the ECOWAS summit", "من قمة الإيكواس"
 * (a gathering the body's name qualifies), nor "قوات الأمم المتحدة" before
 * من (mend, session 19). */
int evt_igo_follows(const evg_doc *doc, const evt_entry *e, int32_t i, int32_t limit)
{
    int32_t from = igo_from_end(doc, e, i, limit);
    size_t lo = 0, hi = doc->mentions.n;
    if (from < 0) return 0;
    while (lo < hi) { /* mentions are in text order: the first starting at or after from */
        size_t mid = (lo + hi) / 2;
        if (doc->mentions.v[mid].tok_first < from) lo = mid + 1;
        else hi = mid;
    }
    for (size_t m = lo; m < doc->mentions.n; m++) {
        const evg_mention *mn = &doc->mentions.v[m];
        if (mn->tok_first > from + 1 || mn->tok_first >= limit) break;
        if (evt_punct_between(doc, from - 1, mn->tok_first) || evt_body_event_noun(doc, from)) break;
        const evg_entity *en = &doc->entities.v[mn->entity];
        if (mn->kind == EVG_MEN_NAME && en->role && strcmp(en->role, "IGO") == 0)
            return !evt_body_event_noun(doc, mn->tok_end);
    }
    return 0;
}

/* "The talks, held in Doha, brought together": a phrase set off by two
 * commas right before the form stands between it and its subject; the
 * subject's words are looked for before the first comma (session 19).
 * Returns that comma's token, else i. */
int32_t evt_apposition_start(const evg_doc *doc, int32_t i)
{
    static const char *const comma[] = {",", "\xD8\x8C", NULL}; /* , ، */
    if (i < 2 || doc->tokens.v[i - 1].sent != doc->tokens.v[i].sent ||
        !evg_tok_in_static(doc, (size_t)(i - 1), comma, (size_t)-1, EVG_WS_PLAIN))
        return i;
    for (int32_t q = i - 2; q >= 0 && q >= i - 10 && doc->tokens.v[q].sent == doc->tokens.v[i].sent; q--)
        if (evg_tok_in_static(doc, (size_t)q, comma, (size_t)-1, EVG_WS_PLAIN)) return q;
    return i;
}

/* Does token k open a condition: if, unless, إذا, لو, or ما لم / إن لم? */
static int condition_at(const evg_doc *doc, int32_t k)
{
    static const char *const w[] = {"if", "unless", "\xD8\xA7\xD8\xB0\xD8\xA7", "\xD9\x84\xD9\x88", NULL}; /* اذا لو */
    if (evg_tok_in_static(doc, (size_t)k, w, (size_t)-1, EVG_WS_WAW_FA)) return 1; /* also after و or ف */
    if ((size_t)k + 1 >= doc->tokens.n || !evg_tok_is(doc, (size_t)k + 1, "\xD9\x84\xD9\x85")) return 0; /* لم */
    return evg_tok_is(doc, (size_t)k, "\xD9\x85\xD8\xA7") || evg_tok_is(doc, (size_t)k, "\xD8\xA7\xD9\x86"); /* ما ان */
}

/* Is token k an Arabic future verb: لن, or س before the imperfect prefix ي ت ن
 * (سترد، سيقطع، سنتخذ), not a noun that starts so (سياسة، سيطرة، سنوات)
 * nor the verb of an offer (ستوقع، سترفع، ستستأنف، ستدعم) or of force (ستضرب، ستقصف:
 * evt_threat_speaker makes those a 138)? */
static int arabic_future_at(const evg_doc *doc, int32_t k)
{
    static const char *const noun[] = {"\xD8\xB3\xD9\x8A\xD8\xA7\xD8\xB3", "\xD8\xB3\xD9\x8A\xD8\xB7\xD8\xB1\xD9\x87", /* سياس سيطره */
                                       "\xD8\xB3\xD9\x8A\xD8\xB7\xD8\xB1\xD8\xAA", /* سيطرت */
                                       "\xD8\xB3\xD9\x8A\xD8\xA7\xD8\xB1", "\xD8\xB3\xD9\x86\xD9\x88", /* سيار سنو */
                                       "\xD8\xB3\xD9\x8A\xD9\x86\xD8\xA7", "\xD8\xB3\xD8\xAA\xD8\xA7\xD8\xB1", NULL}; /* سينا ستار */
    static const char *const offer[] = {"\xD9\x88\xD9\x82\xD8\xB9", "\xD8\xB1\xD9\x81\xD8\xB9", /* وقع رفع: sign, lift */
                                        "\xD8\xB3\xD8\xAA\xD8\xA7\xD9\x86\xD9\x81", "\xD8\xAF\xD8\xB9\xD9\x85", /* ستانف دعم: resume, support */
                                        "\xD8\xB3\xD8\xA7\xD8\xB9\xD8\xAF", "\xD9\x82\xD8\xA8\xD9\x84", /* ساعد قبل: help, accept */
                                        "\xD9\x88\xD8\xA7\xD9\x81\xD9\x82", "\xD8\xAA\xD8\xB9\xD8\xA7\xD9\x88\xD9\x86", /* وافق تعاون */
                                        "\xD8\xB6\xD8\xB1\xD8\xA8", "\xD9\x87\xD8\xA7\xD8\xAC\xD9\x85", /* ضرب هاجم: force, left to */
                                        "\xD9\x82\xD8\xB5\xD9\x81", NULL}; /* قصف  evt_threat_speaker (138) */
    const evg_token *t = &doc->tokens.v[k];
    const char *s = doc->fold + t->fs;
    size_t len = t->fe - t->fs;
    if (evg_tok_is(doc, (size_t)k, "\xD9\x84\xD9\x86")) return 1; /* لن */
    if (len < 8 || memcmp(s, "\xD8\xB3", 2)) return 0;             /* س and three letters at least */
    if (memcmp(s + 2, "\xD9\x8A", 2) && memcmp(s + 2, "\xD8\xAA", 2) && memcmp(s + 2, "\xD9\x86", 2)) return 0;
    for (int q = 0; noun[q]; q++)
        if (!memcmp(s, noun[q], strlen(noun[q]))) return 0;
    for (int q = 0; offer[q]; q++) /* the verb after س and its prefix */
        if (len - 4 >= strlen(offer[q]) && !memcmp(s + 4, offer[q], strlen(offer[q]))) return 0;
    return 1;
}

/* Is token k an English modal of a future act (will, would, could, 'll) whose
 * subject, the token before it, is a pronoun or the end of a named actor ("it
 * would respond", "Washington will act"; not "prices would rise"), and whose
 * verb is not one of a conditional offer ("we will sign if they agree") nor
 * of force ("would strike back", made a 138 by evt_threat_speaker)? */
static int english_future_act_at(const evg_doc *doc, int32_t k)
{
    static const char *const modal[] = {"will", "would", "could", "'ll", NULL};
    static const char *const subj[] = {"it", "we", "they", "he", "she", "i", NULL};
    static const char *const offer[] = {"sign", "lift", "ease", "resume", "release", "consider", "support", "back",
                                        "help", "welcome", "recognise", "recognize", "reopen", "restore", "join",
                                        "accept", "agree", "pay", "invest", "attend", "visit", "meet", "be", "stay",
                                        "remain", "negotiate", "cooperate", "talk",
                                        "strike", "attack", "hit", "bomb", "invade", NULL}; /* force: evt_threat_speaker's 138 */
    int ok = 0;
    if (k < 1 || !evg_tok_in_static(doc, (size_t)k, modal, (size_t)-1, EVG_WS_PLAIN)) return 0;
    ok = evg_tok_in_static(doc, (size_t)k - 1, subj, (size_t)-1, EVG_WS_PLAIN);
    for (size_t m = 0; !ok && m < doc->mentions.n; m++)
        ok = doc->mentions.v[m].tok_end == k && doc->mentions.v[m].kind != EVG_MEN_DEMONYM;
    int32_t v = k + 1;
    while ((size_t)v < doc->tokens.n && (evg_tok_is(doc, (size_t)v, "not") || quote_at(doc, v))) v++;
    return ok && (size_t)v < doc->tokens.n && !evg_tok_in_static(doc, (size_t)v, offer, (size_t)-1, EVG_WS_PLAIN);
}

/* Is the subject of the Arabic future verb at k a side: the pronoun of
 * انه/انها/انهم (nothing between), a named actor, or بلاده/حكومته (quotation
 * marks passed over); not "أن الأسعار سترتفع"? */
static int arabic_side_before(const evg_doc *doc, int32_t first, int32_t k)
{
    static const char *const side[] = {"\xD8\xA8\xD9\x84\xD8\xA7\xD8\xAF\xD9\x87", "\xD8\xA8\xD9\x84\xD8\xA7\xD8\xAF\xD9\x87\xD8\xA7", /* بلاده بلادها */
                                       "\xD8\xAD\xD9\x83\xD9\x88\xD9\x85\xD8\xAA\xD9\x87", "\xD8\xAD\xD9\x83\xD9\x88\xD9\x85\xD8\xAA\xD9\x87\xD8\xA7", NULL}; /* حكومته حكومتها */
    int32_t p = k - 1;
    while (p >= first && quote_at(doc, p)) p--;
    if (p < first) return 1;
    for (size_t m = 0; m < doc->mentions.n; m++)
        if (doc->mentions.v[m].tok_end == p + 1 && doc->mentions.v[m].kind != EVG_MEN_DEMONYM) return 1;
    return evg_tok_in_static(doc, (size_t)p, side, (size_t)-1, EVG_WS_PLAIN);
}

/* "&cthreat": what the statement at i says is a condition and a future act of
 * a named side or a pronoun, in either order, within CTHREAT_WORDS words of
 * its complement and before "while", "but", لكن، فيما، بينما or a new sentence: "said it
 * would respond if the strikes went on", "قال إن بلاده ستقطع علاقاتها إذا
 * تكرر ذلك", "أكد أنه لن يتردد ... إذا استمرت". In Arabic the future verb
 * stands within four words of إن/أن (its subject between); a future with no
 * condition ("said talks would resume") is no threat. */
int evt_cond_threat_met(const evg_doc *doc, const evt_entry *e, int32_t i, int32_t limit)
{
    static const char *const stop[] = {"while", "but", "however", "\xD9\x84\xD9\x83\xD9\x86", /* لكن */
                                       "\xD9\x88\xD9\x84\xD9\x83\xD9\x86", "\xD9\x81\xD9\x8A\xD9\x85\xD8\xA7", /* ولكن فيما */
                                       "\xD8\xA8\xD9\x8A\xD9\x86\xD9\x85\xD8\xA7", NULL}; /* بينما */
    int32_t first = complement_first(doc, e, i, limit);
    int cond = 0, act = 0, ar = e->lang == EVG_LANG_AR;
    if (ar && first == i + 1 + e->ntail) return 0; /* an Arabic complement needs its إن/أن */
    for (int words = 0, k = first; k < limit && (size_t)k < doc->tokens.n && words < CTHREAT_WORDS; k++) {
        if (doc->tokens.v[k].sent != doc->tokens.v[i].sent) break;
        if (evg_tok_in_static(doc, (size_t)k, stop, (size_t)-1, EVG_WS_PLAIN)) break;
        words += doc->tokens.v[k].kind == EVG_TOK_WORD;
        cond = cond || condition_at(doc, k); /* speed: each test until it holds; this runs on every "said" */
        act = act || (ar ? words <= 4 && arabic_future_at(doc, k) && arabic_side_before(doc, first, k)
                         : english_future_act_at(doc, k));
        if (cond && act) return 1;
    }
    return 0;
}
