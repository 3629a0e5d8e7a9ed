package utf16
