package extract

import "github.com/zhfacts/zhfacts/entities"

func loadOrganizations() error { return nil }

func extractOrganizations(d *doc, r *entities.Result) []entities.Organization { return nil }
