-- Back to the column: each contest's last number taken, then the sequences go.
DO $$
DECLARE c record; taken integer; name text;
BEGIN
  FOR c IN SELECT id FROM contests LOOP
    name := 'receipt_' || replace(c.id, '-', '_');
    IF to_regclass(quote_ident(name)) IS NOT NULL THEN
      EXECUTE format('SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END FROM %I', name) INTO taken;
      UPDATE contests SET receipt_seq = taken WHERE id = c.id;
      EXECUTE format('DROP SEQUENCE %I', name);
    END IF;
  END LOOP;
END $$;
