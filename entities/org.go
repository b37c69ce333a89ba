package entities

// OrgKind classifies an organization.
type OrgKind string

// The kinds of Organization.
const (
	OrgParty      OrgKind = "party"
	OrgGovernment OrgKind = "government"
	OrgCompany    OrgKind = "company"
	OrgCustoms    OrgKind = "customs"
	OrgMedia      OrgKind = "media"
	OrgOther      OrgKind = "other"
)

// Organization is one mention of an organization. Nested organizations are
// all reported: 自治区党委组织部 and the 自治区党委 inside it.
type Organization struct {
	Span
	// Name is the name as written; Full restores a short form (政府党组 after
	// 自治区政府党组 has Full 自治区政府党组).
	Name string  `json:"name"`
	Full string  `json:"full,omitempty"`
	Kind OrgKind `json:"kind"`
}

// Normalized renders the organization as "name kind".
func (o Organization) Normalized() string { return o.Name + " " + string(o.Kind) }

// Place is one mention of a place: a division of China, a country or region,
// or a geographic name.
type Place struct {
	Span
	Name string `json:"name"`
}

// Normalized renders the place as its name.
func (p Place) Normalized() string { return p.Name }
