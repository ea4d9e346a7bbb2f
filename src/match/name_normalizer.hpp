#pragma once
// Normalisation of Indonesian personal names: titles, degrees, bin/binti, spellings of Muhammad, old spelling.
#include <string>
#include <string_view>

namespace tepat::match {

/// Returns the canonical form of a personal name, tokens separated by one space:
/// - lower case; punctuation and extra spaces removed ("SITI  AMINAH," -> "siti aminah");
/// - leading titles and honorifics dropped (H., Hj., Dr., Drs., Ir., Prof., Bapak, Ibu, Sdr., KH., Alm., ...);
/// - academic degrees dropped when dotted ("S.Pd.", "S.E."), after a comma, or trailing ("Budi SE");
/// - "bin"/"binti" and the father's name after it dropped ("Ahmad bin Yusuf" -> "ahmad");
/// - spellings of Muhammad (Muhamad, Mohamad, Mochamad, Moh., Moch., Muh., Mhd., leading M.) -> "muhammad",
///   spellings of Ahmad (Achmad, Akhmad, Ahmat) -> "ahmad";
/// - old spelling modernised per token: oe->u, dj->j, tj->c, nj->ny, sj->sy, ch->kh.
/// A single name stays a single token. A name made only of titles becomes "". Pure; thread-safe.
std::string NormalizeIndonesianName(std::string_view name);

/// Applies the old-to-new spelling rules (oe->u, dj->j, tj->c, nj->ny, sj->sy, ch->kh) to one lower-case token.
std::string ModernizeSpelling(std::string_view token);

/// True for name tokens so common that sharing them says little (siti, nur, sri, muhammad, i, ni, wayan, made, ...).
/// Token-set comparisons give these tokens a small weight.
bool IsCommonNameToken(std::string_view token);

/// True when one of two different name tokens is an everyday form of the other: a known Indonesian nickname
/// ("mamat"/"amat" for "muhammad", "ucup" for "yusuf", "memet" for "slamet", "wawan" for "setiawan", ...) or the
/// last syllables of the longer token, at least kMinNicknameSuffix letters ("trisno" for "sutrisno", "yuni" for
/// "wahyuni"). Symmetric; tokens as NormalizeIndonesianName writes them. Pure; thread-safe.
inline constexpr size_t kMinNicknameSuffix = 3;
bool IsNicknameOf(std::string_view a, std::string_view b);

}  // namespace tepat::match
