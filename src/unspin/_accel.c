/* unspin._accel: the per-character loops of indexing, in C.
 *
 * Five functions, each the exact counterpart of a pure-Python reference that stays the
 * definition (and the fallback when this module is not built):
 *
 * - document_fields(text, fold, is_abbreviation, abbreviations): the token, sentence and
 *   line structure of unspin.pipeline.normalize.normalize (the reference is
 *   normalize._document_fields);
 * - sampled_shingles(hashes, size, channel, seed, sample, channel_bit): the shingle hashes of
 *   unspin.pipeline.fingerprint.combine_shingles, sampled as fingerprint._sampled does;
 * - token_hashes(norms, table) and skeleton_mask(norms, function_words, capitalized, sentences):
 *   fingerprint's functions of those names, for a Document's fields;
 * - short_lines(text, lines, max_words, normalize_line): the lines that
 *   boilerplate.short_line_hashes hashes, normalised.
 *
 * Character classes are CPython's own (the Py_UNICODE_IS* predicates the re module uses for
 * \d, \s and [^\W_]), so tokens are those of normalize.TOKEN_PATTERN for every code point; a
 * test compares both readers over all of Unicode. Whatever needs more than a class (folding a
 * non-ASCII token, an abbreviation before a full stop) is handed back to the Python callables
 * given, so that each rule is written once.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

#define IS_ASCII_ALNUM(c) \
    (((c) >= '0' && (c) <= '9') || ((c) >= 'a' && (c) <= 'z') || ((c) >= 'A' && (c) <= 'Z'))

static inline int is_alnum(Py_UCS4 c) {
    if (c < 128) return IS_ASCII_ALNUM(c);
    return Py_UNICODE_ISALNUM(c);
}

static inline int is_decimal(Py_UCS4 c) {
    if (c < 128) return c >= '0' && c <= '9';
    return Py_UNICODE_ISDECIMAL(c);
}

static inline int is_space(Py_UCS4 c) { return Py_UNICODE_ISSPACE(c); }

static inline int is_terminator(Py_UCS4 c) { return c == '.' || c == '!' || c == '?'; }

/* ["'”’)\]] */
static inline int is_closer(Py_UCS4 c) {
    return c == '"' || c == '\'' || c == 0x201D || c == 0x2019 || c == ')' || c == ']';
}

/* [\s("“]: what ends the word before a full stop */
static inline int is_break_head(Py_UCS4 c) {
    return c == '(' || c == '"' || c == 0x201C || is_space(c);
}

#define SEED_MIX UINT64_C(0x9E3779B97F4A7C15)

/* The SplitMix64 finaliser (fingerprint._mix). */
static inline uint64_t splitmix(uint64_t v) {
    v ^= v >> 30;
    v *= UINT64_C(0xBF58476D1CE4E5B9);
    v ^= v >> 27;
    v *= UINT64_C(0x94D049BB133111EB);
    v ^= v >> 31;
    return v;
}

/* [.,:] inside a number, ['’] inside a word */
static inline int is_number_joint(Py_UCS4 c) { return c == '.' || c == ',' || c == ':'; }
static inline int is_apostrophe(Py_UCS4 c) { return c == '\'' || c == 0x2019; }

/* Where a token that began before ``j`` ends: runs of ``member`` characters, joined by single
 * ``joint`` characters with a member after them (\d+(?:[.,:]\d+)* and
 * [^\W_]+(?:['’][^\W_]+)*). ``widest`` gathers the bits of the characters taken. */
static inline Py_ssize_t joined_run(int kind, const void *data, Py_ssize_t n, Py_ssize_t j,
                                    int (*member)(Py_UCS4), int (*joint)(Py_UCS4),
                                    Py_UCS4 *widest) {
    for (;;) {
        Py_UCS4 d;
        while (j < n && member(d = PyUnicode_READ(kind, data, j))) {
            *widest |= d;
            j++;
        }
        if (j + 1 < n) {
            Py_UCS4 between = PyUnicode_READ(kind, data, j);
            if (joint(between) && member(PyUnicode_READ(kind, data, j + 1))) {
                *widest |= between;
                j++;
                continue;
            }
        }
        return j;
    }
}

/* A growable array of Py_ssize_t. */
typedef struct {
    Py_ssize_t *items;
    Py_ssize_t size;
    Py_ssize_t capacity;
} Vec;

static int vec_push(Vec *v, Py_ssize_t value) {
    if (v->size == v->capacity) {
        Py_ssize_t capacity = v->capacity ? 2 * v->capacity : 64;
        Py_ssize_t *items = PyMem_Realloc(v->items, (size_t)capacity * sizeof(Py_ssize_t));
        if (items == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        v->items = items;
        v->capacity = capacity;
    }
    v->items[v->size++] = value;
    return 0;
}

static void vec_free(Vec *v) {
    PyMem_Free(v->items);
    v->items = NULL;
    v->size = v->capacity = 0;
}

/* A tuple of Python ints from ``count`` values. */
static PyObject *int_tuple(const Py_ssize_t *values, Py_ssize_t count) {
    PyObject *tuple = PyTuple_New(count);
    if (tuple == NULL) return NULL;
    for (Py_ssize_t i = 0; i < count; i++) {
        PyObject *item = PyLong_FromSsize_t(values[i]);
        if (item == NULL) {
            Py_DECREF(tuple);
            return NULL;
        }
        PyTuple_SET_ITEM(tuple, i, item);
    }
    return tuple;
}

/* A tuple of (first, second) pairs of Python ints. */
static PyObject *pair_tuple(const Py_ssize_t *first, const Py_ssize_t *second, Py_ssize_t count) {
    PyObject *tuple = PyTuple_New(count);
    if (tuple == NULL) return NULL;
    for (Py_ssize_t i = 0; i < count; i++) {
        PyObject *pair = Py_BuildValue("(nn)", first[i], second[i]);
        if (pair == NULL) {
            Py_DECREF(tuple);
            return NULL;
        }
        PyTuple_SET_ITEM(tuple, i, pair);
    }
    return tuple;
}

/* The comparison form of token [start, end): ASCII lowercased here, anything else by ``fold``. */
static PyObject *token_norm(PyObject *text, int kind, const void *data, Py_ssize_t start,
                            Py_ssize_t end, int ascii, PyObject *fold) {
    if (!ascii) {
        PyObject *word = PyUnicode_Substring(text, start, end);
        if (word == NULL) return NULL;
        PyObject *folded = PyObject_CallOneArg(fold, word);
        Py_DECREF(word);
        if (folded != NULL && !PyUnicode_Check(folded)) {
            PyErr_SetString(PyExc_TypeError, "fold must return a str");
            Py_CLEAR(folded);
        }
        return folded;
    }
    PyObject *norm = PyUnicode_New(end - start, 127);
    if (norm == NULL) return NULL;
    Py_UCS1 *out = PyUnicode_1BYTE_DATA(norm);
    for (Py_ssize_t i = start; i < end; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        out[i - start] = (Py_UCS1)((c >= 'A' && c <= 'Z') ? c + 32 : c);
    }
    return norm;
}

/* normalize.is_abbreviation for an ASCII word [start, end): lowercased, without trailing full
 * stops, one of ``abbreviations``, or a single letter. 1 or 0; -1 on error; -2 when the word is
 * not ASCII (its lowercase may differ in length or letters: the caller asks Python). */
static int ascii_abbreviation(int kind, const void *data, Py_ssize_t start, Py_ssize_t end,
                              PyObject *abbreviations) {
    char word[16];
    if (end - start > (Py_ssize_t)sizeof(word)) return -2;
    Py_ssize_t length = 0;
    for (Py_ssize_t i = start; i < end; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (c >= 128) return -2;
        word[length++] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
    }
    if (length == 1 && word[0] >= 'a' && word[0] <= 'z') return 1;
    while (length && word[length - 1] == '.') length--;
    PyObject *key = PyUnicode_FromStringAndSize(word, length);
    if (key == NULL) return -1;
    int found = PySet_Contains(abbreviations, key);
    Py_DECREF(key);
    return found;
}

/* Positions where a new sentence starts, in order: after each sentence end (normalize.
 * SENTENCE_END, unless a full stop follows an abbreviation) and after each line break. */
static int sentence_breaks(PyObject *text, int kind, const void *data, Py_ssize_t n,
                           PyObject *is_abbreviation, PyObject *abbreviations, Vec *breaks) {
    Vec ends = {0}, lines = {0};
    Py_ssize_t i = 0;
    int status = -1;
    while (i < n) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (c == '\n') {
            if (vec_push(&lines, i + 1) < 0) goto done;
            i++;
            continue;
        }
        if (!is_terminator(c)) {
            i++;
            continue;
        }
        Py_ssize_t j = i + 1;
        while (j < n && is_terminator(PyUnicode_READ(kind, data, j))) j++;
        Py_ssize_t k = j;
        while (k < n && is_closer(PyUnicode_READ(kind, data, k))) k++;
        if (k < n && is_space(PyUnicode_READ(kind, data, k))) {
            int ends_sentence = 1;
            if (c == '.') {
                Py_ssize_t lowest = i > 12 ? i - 12 : 0, p = i;
                while (p > lowest && !is_break_head(PyUnicode_READ(kind, data, p - 1))) p--;
                int truth = ascii_abbreviation(kind, data, p, i, abbreviations);
                if (truth == -2) { /* not ASCII: the Python rule */
                    PyObject *word = PyUnicode_Substring(text, p, i);
                    if (word == NULL) goto done;
                    PyObject *answer = PyObject_CallOneArg(is_abbreviation, word);
                    Py_DECREF(word);
                    if (answer == NULL) goto done;
                    truth = PyObject_IsTrue(answer);
                    Py_DECREF(answer);
                }
                if (truth < 0) goto done;
                ends_sentence = !truth;
            }
            if (ends_sentence && vec_push(&ends, k) < 0) goto done;
            i = k;
        } else {
            i = j;
        }
    }
    /* Merge the two ordered lists, without repeats. */
    Py_ssize_t a = 0, b = 0;
    while (a < ends.size || b < lines.size) {
        Py_ssize_t next;
        if (b >= lines.size || (a < ends.size && ends.items[a] <= lines.items[b])) {
            next = ends.items[a++];
        } else {
            next = lines.items[b++];
        }
        if (breaks->size && breaks->items[breaks->size - 1] == next) continue;
        if (vec_push(breaks, next) < 0) goto done;
    }
    status = 0;
done:
    vec_free(&ends);
    vec_free(&lines);
    return status;
}

static PyObject *document_fields(PyObject *module, PyObject *args) {
    (void)module;
    PyObject *text, *fold, *is_abbreviation, *abbreviations;
    if (!PyArg_ParseTuple(args, "UOOO:document_fields", &text, &fold, &is_abbreviation,
                          &abbreviations)) {
        return NULL;
    }
    if (!PyAnySet_Check(abbreviations)) {
        PyErr_SetString(PyExc_TypeError, "document_fields: abbreviations must be a set");
        return NULL;
    }
    if (PyUnicode_READY(text) < 0) return NULL; /* a legacy string made by old C code */
    const int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    const Py_ssize_t n = PyUnicode_GET_LENGTH(text);

    Vec starts = {0}, ends = {0}, breaks = {0}, firsts = {0}, lasts = {0};
    Vec line_starts = {0}, line_ends = {0};
    Py_ssize_t *capitalized = NULL, *sentence_of = NULL, *line_of = NULL;
    PyObject *norms = NULL, *result = NULL;
    PyObject *fields[8] = {NULL};

    norms = PyList_New(0);
    if (norms == NULL) goto done;

    /* Tokens: \d+(?:[.,:]\d+)* | [^\W_]+(?:['’][^\W_]+)*, leftmost first. */
    Py_ssize_t i = 0;
    while (i < n) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        Py_ssize_t j = i + 1;
        Py_UCS4 widest = c;
        if (is_decimal(c)) {
            j = joined_run(kind, data, n, j, is_decimal, is_number_joint, &widest);
        } else if (is_alnum(c)) {
            j = joined_run(kind, data, n, j, is_alnum, is_apostrophe, &widest);
        } else {
            i++;
            continue;
        }
        PyObject *norm = token_norm(text, kind, data, i, j, widest < 128, fold);
        if (norm == NULL) goto done;
        int appended = PyList_Append(norms, norm);
        Py_DECREF(norm);
        if (appended < 0 || vec_push(&starts, i) < 0 || vec_push(&ends, j) < 0) goto done;
        i = j;
    }
    const Py_ssize_t count = starts.size;

    capitalized = PyMem_Malloc((size_t)(count ? count : 1) * sizeof(Py_ssize_t));
    sentence_of = PyMem_Malloc((size_t)(count ? count : 1) * sizeof(Py_ssize_t));
    line_of = PyMem_Malloc((size_t)(count ? count : 1) * sizeof(Py_ssize_t));
    if (capitalized == NULL || sentence_of == NULL || line_of == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    for (Py_ssize_t t = 0; t < count; t++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, starts.items[t]);
        capitalized[t] = c < 128 ? (c >= 'A' && c <= 'Z') : Py_UNICODE_ISUPPER(c);
    }

    /* Sentences: a token opens one when a break falls after the previous token's start and at
     * or before its own; the first token always opens one. */
    if (sentence_breaks(text, kind, data, n, is_abbreviation, abbreviations, &breaks) < 0) {
        goto done;
    }
    Py_ssize_t b = 0, sentence = -1;
    for (Py_ssize_t t = 0; t < count; t++) {
        int opens = t == 0;
        if (t > 0) {
            while (b < breaks.size && breaks.items[b] <= starts.items[t - 1]) b++;
            opens = b < breaks.size && breaks.items[b] <= starts.items[t];
        }
        if (opens) {
            if (sentence >= 0 && vec_push(&lasts, t) < 0) goto done;
            if (vec_push(&firsts, t) < 0) goto done;
            sentence++;
        }
        sentence_of[t] = sentence;
    }
    if (count && vec_push(&lasts, count) < 0) goto done;

    /* Lines: the character ranges of the lines holding something other than whitespace. */
    Py_ssize_t line_start = 0, position = 0;
    int blank = 1;
    for (;; position++) {
        if (position == n || PyUnicode_READ(kind, data, position) == '\n') {
            if (!blank) {
                if (vec_push(&line_starts, line_start) < 0 || vec_push(&line_ends, position) < 0) {
                    goto done;
                }
            }
            if (position == n) break;
            line_start = position + 1;
            blank = 1;
        } else if (blank && !is_space(PyUnicode_READ(kind, data, position))) {
            blank = 0;
        }
    }
    /* A token belongs to the first line not ending at or before its start (the last line when
     * all do). */
    Py_ssize_t line = 0;
    for (Py_ssize_t t = 0; t < count; t++) {
        while (line < line_ends.size && line_ends.items[line] <= starts.items[t]) line++;
        Py_ssize_t last = line_ends.size ? line_ends.size - 1 : 0;
        line_of[t] = line < last ? line : last;
    }

    fields[0] = int_tuple(starts.items, count);
    fields[1] = int_tuple(ends.items, count);
    fields[2] = PyList_AsTuple(norms);
    fields[3] = PyTuple_New(count);
    if (fields[3] != NULL) {
        for (Py_ssize_t t = 0; t < count; t++) {
            PyObject *flag = capitalized[t] ? Py_True : Py_False;
            Py_INCREF(flag);
            PyTuple_SET_ITEM(fields[3], t, flag);
        }
    }
    fields[4] = int_tuple(sentence_of, count);
    fields[5] = pair_tuple(firsts.items, lasts.items, firsts.size);
    fields[6] = int_tuple(line_of, count);
    fields[7] = pair_tuple(line_starts.items, line_ends.items, line_starts.size);
    for (int f = 0; f < 8; f++) {
        if (fields[f] == NULL) goto done;
    }
    result = PyTuple_New(8);
    if (result == NULL) goto done;
    for (int f = 0; f < 8; f++) {
        PyTuple_SET_ITEM(result, f, fields[f]);
        fields[f] = NULL;
    }

done:
    for (int f = 0; f < 8; f++) Py_XDECREF(fields[f]);
    Py_XDECREF(norms);
    PyMem_Free(capitalized);
    PyMem_Free(sentence_of);
    PyMem_Free(line_of);
    vec_free(&starts);
    vec_free(&ends);
    vec_free(&breaks);
    vec_free(&firsts);
    vec_free(&lasts);
    vec_free(&line_starts);
    vec_free(&line_ends);
    return result;
}

static PyObject *sampled_shingles(PyObject *module, PyObject *args) {
    (void)module;
    Py_buffer view;
    Py_ssize_t size;
    unsigned long long channel, seed, sample;
    int channel_bit;
    if (!PyArg_ParseTuple(args, "y*nKKKi:sampled_shingles", &view, &size, &channel, &seed,
                          &sample, &channel_bit)) {
        return NULL;
    }
    PyObject *result = NULL;
    if (view.len % (Py_ssize_t)sizeof(uint64_t) != 0 || size < 1 || sample < 1 ||
        channel_bit < 1 || channel_bit > 63) {
        PyErr_SetString(PyExc_ValueError,
                        "sampled_shingles: hashes must be 64-bit words, size and sample >= 1, "
                        "channel_bit in 1..63");
        goto done;
    }
    const Py_ssize_t length = view.len / (Py_ssize_t)sizeof(uint64_t);
    uint64_t *hashes = PyMem_Malloc((size_t)(length ? length : 1) * sizeof(uint64_t));
    if (hashes == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    memcpy(hashes, view.buf, (size_t)view.len); /* the buffer may be unaligned */
    if (length < size) size = length;
    const Py_ssize_t count = length ? length - size + 1 : 0;
    uint64_t *kept = PyMem_Malloc((size_t)(count ? count : 1) * sizeof(uint64_t));
    if (kept == NULL) {
        PyMem_Free(hashes);
        PyErr_NoMemory();
        goto done;
    }
    const uint64_t start = (uint64_t)seed * SEED_MIX + (uint64_t)channel;
    const uint64_t mark = (uint64_t)channel << channel_bit;
    Py_ssize_t found = 0;
    for (Py_ssize_t k = 0; k < count; k++) {
        uint64_t combined = start;
        for (Py_ssize_t offset = 0; offset < size; offset++) {
            combined ^= hashes[k + offset] * (SEED_MIX * (uint64_t)(2 * offset + 1));
            combined = splitmix(combined);
        }
        if (combined % (uint64_t)sample == 0) {
            kept[found++] = (combined >> (64 - channel_bit)) | mark;
        }
    }
    result = PyBytes_FromStringAndSize((const char *)kept, found * (Py_ssize_t)sizeof(uint64_t));
    PyMem_Free(kept);
    PyMem_Free(hashes);
done:
    PyBuffer_Release(&view);
    return result;
}

/* A direct-mapped cache of word → hash before ``table``: a Python dict lookup of a fresh str
 * (hashing it, then reading the entry, the key and the value from wherever they lie) cost more
 * than all the tokenising. Each slot holds a word of up to WORD_BYTES UTF-8 bytes in full, so a
 * hit is exact; longer words and misses go to ``table``, whose value the slot then keeps. The
 * table must give each word one value for good (a memo of a pure function, as fingerprint's
 * is); the slots are emptied when another table is given. */
#define SLOT_BITS 16
#define WORD_BYTES 22

typedef struct {
    uint64_t value;
    unsigned char length; /* 0: empty (the empty word is never cached) */
    char word[WORD_BYTES + 1];
} Slot;

static Slot *slots = NULL;
static PyObject *slots_table = NULL; /* the table the slots were filled from (a reference) */

static PyObject *token_hashes(PyObject *module, PyObject *args) {
    (void)module;
    PyObject *norms, *table;
    if (!PyArg_ParseTuple(args, "O!O!:token_hashes", &PyTuple_Type, &norms, &PyDict_Type,
                          &table)) {
        return NULL;
    }
    if (slots == NULL) {
        slots = PyMem_Calloc((size_t)1 << SLOT_BITS, sizeof(Slot));
        if (slots == NULL) return PyErr_NoMemory();
    }
    if (slots_table != table) { /* another table: what the slots hold may not be its values */
        memset(slots, 0, ((size_t)1 << SLOT_BITS) * sizeof(Slot));
        Py_INCREF(table);
        Py_XSETREF(slots_table, table);
    }
    const Py_ssize_t count = PyTuple_GET_SIZE(norms);
    PyObject *result = PyBytes_FromStringAndSize(NULL, count * (Py_ssize_t)sizeof(uint64_t));
    if (result == NULL) return NULL;
    uint64_t *out = (uint64_t *)PyBytes_AS_STRING(result);
    for (Py_ssize_t t = 0; t < count; t++) {
        PyObject *word = PyTuple_GET_ITEM(norms, t);
        Slot *slot = NULL;
        if (PyUnicode_Check(word) && PyUnicode_IS_COMPACT_ASCII(word)) {
            Py_ssize_t length = PyUnicode_GET_LENGTH(word);
            const char *bytes = (const char *)PyUnicode_1BYTE_DATA(word);
            if (length > 0 && length <= WORD_BYTES) {
                uint64_t key = UINT64_C(0xCBF29CE484222325);
                for (Py_ssize_t i = 0; i < length; i++) {
                    key = (key ^ (unsigned char)bytes[i]) * UINT64_C(0x100000001B3);
                }
                slot = &slots[splitmix(key) >> (64 - SLOT_BITS)];
                if (slot->length == length && memcmp(slot->word, bytes, (size_t)length) == 0) {
                    out[t] = slot->value;
                    continue;
                }
            }
        }
        /* Borrowed when the table has the word; else a new value from its __missing__. */
        PyObject *value = PyDict_GetItemWithError(table, word);
        if (value != NULL) {
            Py_INCREF(value);
        } else if (!PyErr_Occurred()) {
            value = PyObject_GetItem(table, word);
        }
        if (value == NULL) goto failed;
        unsigned long long hash = PyLong_AsUnsignedLongLong(value);
        Py_DECREF(value);
        if (hash == (unsigned long long)-1 && PyErr_Occurred()) goto failed;
        out[t] = (uint64_t)hash;
        if (slot != NULL) {
            Py_ssize_t length = PyUnicode_GET_LENGTH(word);
            memcpy(slot->word, PyUnicode_1BYTE_DATA(word), (size_t)length);
            slot->length = (unsigned char)length;
            slot->value = (uint64_t)hash;
        }
    }
    return result;
failed:
    Py_DECREF(result);
    return NULL;
}

static PyObject *skeleton_mask(PyObject *module, PyObject *args) {
    (void)module;
    PyObject *norms, *function_words, *capitalized, *sentences;
    if (!PyArg_ParseTuple(args, "O!OO!O!:skeleton_mask", &PyTuple_Type, &norms,
                          &function_words, &PyTuple_Type, &capitalized, &PyTuple_Type,
                          &sentences)) {
        return NULL;
    }
    if (!PyAnySet_Check(function_words)) {
        PyErr_SetString(PyExc_TypeError, "skeleton_mask: function_words must be a set");
        return NULL;
    }
    const Py_ssize_t count = PyTuple_GET_SIZE(norms);
    if (PyTuple_GET_SIZE(capitalized) != count) {
        PyErr_SetString(PyExc_ValueError, "skeleton_mask: one capitalized flag a token");
        return NULL;
    }
    PyObject *result = PyBytes_FromStringAndSize(NULL, count);
    if (result == NULL) return NULL;
    char *out = PyBytes_AS_STRING(result);
    /* Capitalized tokens are kept (names) unless they open their sentence. */
    for (Py_ssize_t t = 0; t < count; t++) {
        int flag = PyObject_IsTrue(PyTuple_GET_ITEM(capitalized, t));
        if (flag < 0) goto failed;
        out[t] = (char)flag;
    }
    for (Py_ssize_t s = 0; s < PyTuple_GET_SIZE(sentences); s++) {
        PyObject *bounds = PyTuple_GET_ITEM(sentences, s);
        Py_ssize_t first = -1;
        if (PyTuple_Check(bounds) && PyTuple_GET_SIZE(bounds) == 2) {
            first = PyLong_AsSsize_t(PyTuple_GET_ITEM(bounds, 0));
            if (first == -1 && PyErr_Occurred()) goto failed;
        }
        if (first < 0 || first >= count) {
            PyErr_SetString(PyExc_ValueError, "skeleton_mask: a sentence out of the tokens");
            goto failed;
        }
        out[first] = 0;
    }
    /* Function words and numbers are kept whatever their case. */
    for (Py_ssize_t t = 0; t < count; t++) {
        if (out[t]) continue;
        PyObject *word = PyTuple_GET_ITEM(norms, t);
        if (!PyUnicode_Check(word)) {
            PyErr_SetString(PyExc_TypeError, "skeleton_mask: norms must be str");
            goto failed;
        }
        if (PyUnicode_GET_LENGTH(word) &&
            Py_UNICODE_ISDIGIT(PyUnicode_READ_CHAR(word, 0))) {
            out[t] = 1;
            continue;
        }
        int found = PySet_Contains(function_words, word);
        if (found < 0) goto failed;
        out[t] = (char)found;
    }
    return result;
failed:
    Py_DECREF(result);
    return NULL;
}

/* The normalised form (boilerplate.normalize_line) of each line short enough to be boilerplate:
 * lowercased, runs of anything but letters and digits made one space, stripped; kept when it
 * is not empty and has fewer than max_words spaces. ASCII lines are normalised here, others by
 * ``normalize_line``, and only when the line has few enough runs of letters and digits: lowering
 * can split a run ("İ" → "i" + a combining mark) but never join two, so a line with more runs
 * cannot pass. */
static PyObject *short_lines(PyObject *module, PyObject *args) {
    (void)module;
    PyObject *text, *lines, *normalize_line;
    Py_ssize_t max_words;
    if (!PyArg_ParseTuple(args, "UO!nO:short_lines", &text, &PyTuple_Type, &lines, &max_words,
                          &normalize_line)) {
        return NULL;
    }
    if (PyUnicode_READY(text) < 0) return NULL;
    const int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    const Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    PyObject *result = PyList_New(0);
    char *buffer = NULL;
    Py_ssize_t capacity = 0;
    if (result == NULL) return NULL;
    for (Py_ssize_t l = 0; l < PyTuple_GET_SIZE(lines); l++) {
        PyObject *bounds = PyTuple_GET_ITEM(lines, l);
        Py_ssize_t start, end;
        if (!PyArg_ParseTuple(bounds, "nn", &start, &end)) goto failed;
        if (start < 0 || end > n || start > end) {
            PyErr_SetString(PyExc_ValueError, "short_lines: a line out of the text");
            goto failed;
        }
        /* Runs of letters and digits, and whether the line is ASCII. */
        Py_ssize_t runs = 0;
        int in_run = 0, ascii = 1;
        for (Py_ssize_t i = start; i < end && runs <= max_words; i++) {
            Py_UCS4 c = PyUnicode_READ(kind, data, i);
            if (c >= 128) ascii = 0;
            int alnum = is_alnum(c);
            if (alnum && !in_run) runs++;
            in_run = alnum;
        }
        if (runs > max_words || runs == 0) continue;
        PyObject *normalized;
        if (ascii) {
            if (end - start > capacity) {
                capacity = 2 * (end - start);
                char *grown = PyMem_Realloc(buffer, (size_t)capacity);
                if (grown == NULL) {
                    PyErr_NoMemory();
                    goto failed;
                }
                buffer = grown;
            }
            Py_ssize_t length = 0;
            int gap = 0;
            for (Py_ssize_t i = start; i < end; i++) {
                Py_UCS4 c = PyUnicode_READ(kind, data, i);
                if (IS_ASCII_ALNUM(c)) {
                    if (gap && length) buffer[length++] = ' ';
                    buffer[length++] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
                    gap = 0;
                } else {
                    gap = 1;
                }
            }
            normalized = PyUnicode_FromStringAndSize(buffer, length);
        } else {
            PyObject *line = PyUnicode_Substring(text, start, end);
            if (line == NULL) goto failed;
            normalized = PyObject_CallOneArg(normalize_line, line);
            Py_DECREF(line);
            if (normalized != NULL && !PyUnicode_Check(normalized)) {
                PyErr_SetString(PyExc_TypeError, "normalize_line must return a str");
                Py_CLEAR(normalized);
            }
        }
        if (normalized == NULL) goto failed;
        Py_ssize_t spaces = 0, length = PyUnicode_GET_LENGTH(normalized);
        for (Py_ssize_t i = 0; i < length; i++) {
            if (PyUnicode_READ_CHAR(normalized, i) == ' ') spaces++;
        }
        int appended = 0;
        if (length && spaces < max_words) appended = PyList_Append(result, normalized);
        Py_DECREF(normalized);
        if (appended < 0) goto failed;
    }
    PyMem_Free(buffer);
    return result;
failed:
    PyMem_Free(buffer);
    Py_DECREF(result);
    return NULL;
}

static PyMethodDef methods[] = {
    {"document_fields", document_fields, METH_VARARGS,
     "document_fields(text, fold, is_abbreviation, abbreviations) -> (starts, ends, norms, "
     "capitalized, "
     "sentence_of, sentences, line_of, lines)"},
    {"sampled_shingles", sampled_shingles, METH_VARARGS,
     "sampled_shingles(hashes, size, channel, seed, sample, channel_bit) -> bytes of uint64"},
    {"token_hashes", token_hashes, METH_VARARGS,
     "token_hashes(norms, table) -> bytes of uint64: table[word] for each word"},
    {"short_lines", short_lines, METH_VARARGS,
     "short_lines(text, lines, max_words, normalize_line) -> list of normalised short lines"},
    {"skeleton_mask", skeleton_mask, METH_VARARGS,
     "skeleton_mask(norms, function_words, capitalized, sentences) -> bytes of bools"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module_def = {
    PyModuleDef_HEAD_INIT, "unspin._accel",
    "The per-character loops of indexing in C (see unspin.pipeline.normalize).", -1, methods,
    NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit__accel(void) { return PyModule_Create(&module_def); }
