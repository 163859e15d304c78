from omatyontekija.app import main

raise SystemExit(main())
