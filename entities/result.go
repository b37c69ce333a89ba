package entities

// Result is everything extracted from one text. Every slice is in text
// order.
type Result struct {
	Dates         []Date         `json:"dates"`
	Money         []Money        `json:"money"`
	Percents      []Percent      `json:"percents"`
	Persons       []Person       `json:"persons"`
	Titles        []Title        `json:"titles"`
	Organizations []Organization `json:"organizations"`
	Places        []Place        `json:"places"`
	Statistics    []Statistic    `json:"statistics"`
}
