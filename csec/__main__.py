from csec.cli import main

raise SystemExit(main())
