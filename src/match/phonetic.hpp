#pragma once
// An Indonesian-aware phonetic key: names that sound alike in Indonesian get the same key.
#include <string>
#include <string_view>

namespace tepat::match {

/// Returns the phonetic key of normalised text (lower case, tokens separated by single spaces), token by token:
/// kh/ch->h, sy->s, dh->d, th->t, f/v/ph->p, q->k, x->ks, z/dz/j->y (old spelling wrote y as j), y->i
/// after a consonant or at the end,
/// h dropped before a consonant or at the end (Fatimah ~ Fatima, Rahmat ~ Ramat), final d->t and b->p
/// (Ahmad ~ Ahmat, Ayub ~ Ayup), and repeated letters collapsed (Hassan ~ Hasan, Abdullah ~ Abdulah).
/// Digits and other bytes are kept. Pure; thread-safe.
std::string IndonesianPhoneticKey(std::string_view normalized);

}  // namespace tepat::match
