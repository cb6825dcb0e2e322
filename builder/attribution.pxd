# Cython's augmenting declarations for attribution.py (pure-Python mode; see setup.py): the positions
# of the name-run scan as C integers and a word's first character as a C character. Only these are
# typed; every other value keeps Python's semantics (setup.py turns annotation typing off).
import cython


@cython.locals(start=Py_ssize_t, last_end=Py_ssize_t, at=Py_ssize_t, raw=str, seg=str, first=Py_UCS4, opens=bint)
cpdef list _word_groups(text, lo, hi)


@cython.locals(n=Py_ssize_t, i=Py_ssize_t)
cpdef void _runs_of_words(words, out) except *
