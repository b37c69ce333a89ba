package extract

import "github.com/zhfacts/zhfacts/entities"

func loadPercents() error { return nil }

func extractPercents(d *doc) []entities.Percent { return nil }
