package uk.send.platform.casework;

/** A value with a numeric code in the DfE SEN2 return (sen2.md), accepted on input as an alternative to its name. */
public interface Sen2Coded {

    int sen2Code();

    String label();
}
