from conflict_evidence.plugin.evidence.gazetteer import Entry, Gazetteer, shipped_entries


def test_alternative_spellings_and_actors():
    gazetteer = Gazetteer(shipped_entries())
    text = "Strikes hit Idleb and Hamah; Daesh, ISIL and the al-Nusra Front were named, not the Caspian Sea."
    found = {(m.text, m.key) for m in gazetteer.mentions(text)}
    assert ("Idleb", "admin1:SY:Idlib") in found
    assert ("Hamah", "admin1:SY:Hamah") in found
    assert ("Daesh", "actor:ISIS") in found
    assert ("ISIL", "actor:ISIS") in found
    assert ("al-Nusra Front", "actor:al-Nusra Front") in found
    assert ("Caspian Sea", "water:Caspian Sea") in found


def test_offsets_and_longest_name_first():
    gazetteer = Gazetteer(shipped_entries())
    text = "Russian planes entered Turkish airspace near the Turkey-Syria border, not Turkey itself."
    mentions = gazetteer.mentions(text)
    assert all(text[m.start:m.end] == m.text for m in mentions)
    assert [m.key for m in mentions] == ["airspace:TUR", "border:SYR-TUR", "country:TUR"]


def test_words_inside_other_words_do_not_match():
    gazetteer = Gazetteer([Entry("actor:ISIS", "ISIS", "actor", ("IS",))])
    assert gazetteer.mentions("This IS-affiliated group, THIS is not") == []
    assert [m.text for m in gazetteer.mentions("fighters of IS retreated")] == ["IS"]


def test_data_names_merge_with_shipped_aliases():
    data = Entry("admin1:SY:Idlib", "Idlib", "admin1", ("Idlib",))
    gazetteer = Gazetteer([data, *shipped_entries()])
    assert gazetteer.entries["admin1:SY:Idlib"].aliases[:2] == ("Idlib", "Idleb")
