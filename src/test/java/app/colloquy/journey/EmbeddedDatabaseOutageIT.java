package app.colloquy.journey;

/** The outage journey with the app's own embedded PostgreSQL. */
class EmbeddedDatabaseOutageIT extends DatabaseOutageTestCase {}
