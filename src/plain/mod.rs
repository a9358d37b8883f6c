//! The plain-language checker: rules and readability metrics over the Letter IR.
//! OWNER: plain-language helper.
