package extract

import "github.com/zhfacts/zhfacts/entities"

func loadPeople() error { return nil }

// extractPeople fills r.Persons and r.Titles.
func extractPeople(d *doc, r *entities.Result) {}
