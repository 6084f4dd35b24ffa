"""Programme catalogue files: the Excel template (read and written, a lossless round trip) and the programme
PDF documents of Ukrainian universities. Each reader returns :class:`app.domain.programme.ProgrammeData`."""
