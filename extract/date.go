package extract

import "github.com/zhfacts/zhfacts/entities"

func loadDates() error { return nil }

func extractDates(d *doc) []entities.Date { return nil }
