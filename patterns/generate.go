package patterns

// The person recognizer's statistics (zh/lexicon/person_chars.txt and
// zh/lexicon/dict_words.txt) are derived from a general dictionary.
//go:generate go run ./internal/gen
