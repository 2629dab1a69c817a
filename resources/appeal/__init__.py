"""Appeal instruction texts (muutoksenhakuohjeet) in Finnish and Swedish, and the courts, as data."""
