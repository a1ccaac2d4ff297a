"""Legal documents and directives of the province: the document library (/van-ban/)."""
