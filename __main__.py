from spinecite.cli import main

raise SystemExit(main())
