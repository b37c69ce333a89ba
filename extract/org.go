package extract

import "github.com/zhfacts/zhfacts/entities"

func loadOrganizations() error { return nil }

func extractOrganizations(d *doc, r *entities.Result) []entities.Organization { return nil }

// classifyOrg returns the kind of an organization name from its suffix
// (自治区党委 → party, 银川海关 → customs), or false when the name does not
// end like an organization. Titles use it for their organization part.
func classifyOrg(name string) (entities.OrgKind, bool) { return "", false }
