package extract

import "github.com/zhfacts/zhfacts/entities"

func loadMoney() error { return nil }

func extractMoney(d *doc) []entities.Money { return nil }
