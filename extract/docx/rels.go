package docx

import (
	"bytes"
	"encoding/xml"
	"path"
	"strings"

	"github.com/gouji/gouji/extract/ooxml"
)

// relTarget returns the part a relationship of the given type (its URI's
// ending, "/officeDocument") in rels points at, resolved against dir; ""
// when there is none.
func relTarget(pkg *ooxml.Package, rels, dir, typeSuffix string) string {
	if !pkg.Has(rels) {
		return ""
	}
	data, err := pkg.Read(rels)
	if err != nil {
		return ""
	}
	var doc struct {
		Rels []struct {
			Type       string `xml:"Type,attr"`
			Target     string `xml:"Target,attr"`
			TargetMode string `xml:"TargetMode,attr"`
		} `xml:"Relationship"`
	}
	if xml.NewDecoder(bytes.NewReader(data)).Decode(&doc) != nil {
		return ""
	}
	for _, r := range doc.Rels {
		if strings.HasSuffix(r.Type, typeSuffix) && r.TargetMode != "External" {
			t := r.Target
			if !strings.HasPrefix(t, "/") {
				t = dir + t
			}
			return strings.TrimPrefix(path.Clean("/"+t), "/")
		}
	}
	return ""
}

// contentType returns the content type [Content_Types].xml gives the part
// name, "" when it gives none.
func contentType(pkg *ooxml.Package, name string) string {
	data, err := pkg.Read("[Content_Types].xml")
	if err != nil {
		return ""
	}
	var doc struct {
		Overrides []struct {
			PartName    string `xml:"PartName,attr"`
			ContentType string `xml:"ContentType,attr"`
		} `xml:"Override"`
	}
	if xml.NewDecoder(bytes.NewReader(data)).Decode(&doc) != nil {
		return ""
	}
	for _, o := range doc.Overrides {
		if strings.EqualFold(strings.TrimPrefix(o.PartName, "/"), name) {
			return o.ContentType
		}
	}
	return ""
}
