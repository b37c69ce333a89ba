package extract

import "github.com/zhfacts/zhfacts/entities"

func loadStatistics() error { return nil }

func extractStatistics(d *doc, r *entities.Result) []entities.Statistic { return nil }
