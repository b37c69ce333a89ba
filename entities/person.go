package entities

import "strings"

// Person is one individual in a document, with every mention of the name.
type Person struct {
	// Name is the name without spaces or title: 张海涛, 颜珂.
	Name string `json:"name"`
	// Mentions are the name's spans, in text order. A byline name padded with
	// spaces (颜  珂) keeps the spaces in its span.
	Mentions []Span `json:"mentions"`
	// Titles are indexes into Result.Titles of the titles held.
	Titles []int `json:"titles,omitempty"`
	// Foreign marks transliterated foreign names (克林顿).
	Foreign bool `json:"foreign,omitempty"`
}

// Normalized renders the person as the name.
func (p Person) Normalized() string { return p.Name }

// Title is a position as written, linked to the people who hold it.
type Title struct {
	Span
	// Full restores a prefix shared in a list: in 自治区党委书记、人大常委会主任
	// the second title's Full is 自治区人大常委会主任.
	Full string `json:"full"`
	// Org is the organization part of Full (自治区人大常委会), Post the rest (主任).
	Org  string `json:"org,omitempty"`
	Post string `json:"post"`
	// Holders are the names of the people holding the title in this mention.
	Holders []string `json:"holders"`
	// Byline marks 记者, 通讯员, 摄 and the like.
	Byline bool `json:"byline,omitempty"`
}

// Normalized renders the title as "full: holder, holder".
func (t Title) Normalized() string { return t.Full + ": " + strings.Join(t.Holders, ", ") }
